"""Every VALID and INVALID example in rules/*.yaml is a test: the catalogue's
documentation is what the rules do."""

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes

CATALOGUE = load_catalogue()


def _findings(example, lint):
    """Every rule on, with the example's own options where it has some."""
    if not example.get("options"):
        return lint(example["code"])
    plan = Plan.build(CATALOGUE.ids, example["options"])
    return lint_bytes("example.py", example["code"].encode("utf-8"), plan).findings


def _examples(kind):
    for rule_id in CATALOGUE.ids:
        for index, example in enumerate(CATALOGUE.rule(rule_id).examples.get(kind, ())):
            yield pytest.param(rule_id, example, id=f"{rule_id}-{kind}-{index}")


def _describe(findings):
    # Rule, place and the (already redacted) message: never the example's source text.
    return [f"{f.rule}@{f.line}:{f.col}: {f.message}" for f in findings]


@pytest.mark.parametrize("rule_id, example", list(_examples("valid")))
def test_valid_example_has_no_finding_of_its_rule(rule_id, example, lint):
    findings = [f for f in _findings(example, lint) if f.rule == rule_id]
    assert findings == [], _describe(findings)


@pytest.mark.parametrize("rule_id, example", list(_examples("invalid")))
def test_invalid_example_is_reported(rule_id, example, lint):
    findings = [f for f in _findings(example, lint) if f.rule == rule_id]
    assert len(findings) == example.get("count", 1), _describe(_findings(example, lint))
    if "line" in example:
        assert findings[0].line == example["line"], _describe(findings)


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
