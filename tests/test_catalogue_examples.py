"""Every VALID and INVALID example in rules/*.yaml is a test: the catalogue's
documentation is what the rules do. An INVALID example pins its findings' count and
first line, a substring of the message, and the code once the rule's fixes are applied;
its options go through the same validation as a configuration file's."""

import ast
import difflib
import functools
import json

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.config import validate_options
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.fixer import fix_source
from modelred_lint.redaction import scrub

CATALOGUE = load_catalogue()


@functools.lru_cache(maxsize=None)
def _plan(enabled: tuple, options_json: str) -> Plan:
    options = validate_options(json.loads(options_json), "example")
    return Plan.build(enabled, options)


def _plan_for(example, enabled=CATALOGUE.ids) -> Plan:
    return _plan(tuple(enabled), json.dumps(example.get("options") or {}, sort_keys=True))


def _findings(example):
    """Every rule on, with the example's own options where it has some."""
    return lint_bytes("example.py", example["code"].encode("utf-8"), _plan_for(example)).findings


def _examples(kind):
    for rule_id in CATALOGUE.ids:
        for index, example in enumerate(CATALOGUE.rule(rule_id).examples.get(kind, ())):
            yield pytest.param(rule_id, example, id=f"{rule_id}-{kind}-{index}")


def _describe(findings):
    # Rule, place and the (already redacted) message: never the example's source text.
    return [f"{f.rule}@{f.line}:{f.col}: {f.message}" for f in findings]


def _redacted_diff(expected: str, actual: str) -> str:
    """A diff of two texts that may hold keys, with every key scrubbed."""
    vocab = _plan_for({}).knowledge.vocab
    lines = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "expected", "fixed", lineterm="")
    return "\n".join(scrub(line, vocab) for line in lines)


@pytest.mark.parametrize("rule_id, example", list(_examples("valid")))
def test_valid_example_has_no_finding_of_its_rule(rule_id, example):
    findings = [f for f in _findings(example) if f.rule == rule_id]
    assert findings == [], _describe(findings)


@pytest.mark.parametrize("rule_id, example", list(_examples("invalid")))
def test_invalid_example_is_reported(rule_id, example):
    findings = [f for f in _findings(example) if f.rule == rule_id]
    assert len(findings) == example.get("count", 1), _describe(_findings(example))
    if "line" in example:
        assert findings[0].line == example["line"], _describe(findings)
    if "message" in example:
        assert example["message"] in findings[0].message, _describe(findings)


@pytest.mark.parametrize(
    "rule_id, example", [p for p in _examples("invalid") if "fixed" in p.values[1]]
)
def test_invalid_example_is_fixed_as_pinned(rule_id, example):
    """The rule's fixes alone (safe and unsafe), applied until nothing changes."""
    plan = _plan_for(example, enabled=(rule_id,))
    outcome = fix_source("example.py", example["code"].encode("utf-8"), plan, frozenset(), True)
    assert outcome.error is None, outcome.error
    fixed = outcome.fixed if outcome.changed else example["code"]
    assert fixed == example["fixed"], _redacted_diff(example["fixed"], fixed)
    # The fixed example is still Python (examples may await at the top level, as a
    # notebook or a REPL does).
    compile(fixed, "example.py", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def test_every_invalid_example_of_a_fixable_rule_pins_its_fix():
    for rule_id in CATALOGUE.ids:
        rule = CATALOGUE.rule(rule_id)
        if rule.fix in ("safe", "unsafe"):
            for index, example in enumerate(rule.examples["invalid"]):
                assert "fixed" in example and "message" in example, f"{rule_id} invalid example {index}"


def test_every_rule_has_examples_of_both_kinds():
    for rule_id in CATALOGUE.ids:
        examples = CATALOGUE.rule(rule_id).examples
        assert examples.get("valid"), rule_id
        assert examples.get("invalid"), rule_id


def test_every_rule_is_documented():
    for rule_id in CATALOGUE.ids:
        docs = CATALOGUE.rule(rule_id).docs
        for part in ("what", "why", "example", "fix"):
            assert docs.get(part, "").strip(), f"{rule_id} lacks docs.{part}"
