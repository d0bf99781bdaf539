"""The flow scan reads every way of binding a name that the rules read as an assignment.

The rules' bind() takes a value alike from `x = v`, `x: T = v`, `(x := v)`, a with-item's
`as x` and each element of `x, y = v, w`; the flow scan (the message rules' prefilter on
CPython's tree) once read some facts of the value (a keyed response, an OAuth token
reply, a module constant listing secrets' names) from the plain form only, and lost the
rules' findings on the others. Here the held-out message cases are written again with
their bindings in each other form, and wherever the rules (prefilter off) still report
MR020 or MR021 on the rewritten module, the flow scan must pass it for that rule.

A fixed sample keeps this quick; `python tests/test_prefilter_binding_forms.py` checks
every case (about 18,000 rewritten modules, a few minutes).
"""

from __future__ import annotations

import ast
import random
import sys
from pathlib import Path

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes
from modelred_lint.flow_scan import flow_scopes
from modelred_lint.triggers import ScanText

TESTS = Path(__file__).resolve().parent
CATALOGUE = load_catalogue()
WITHOUT = Plan.build(CATALOGUE.ids, use_prefilter=False)
KNOWLEDGE = Plan.build(CATALOGUE.ids).prefilter.knowledge
CASES = sorted(TESTS.glob("holdout_messages*/*.py"))
SAMPLE = 60

# Each form: how a one-line `name = value` is written instead, and where (a function's
# body, or anywhere: an annotation at the top of a module is how constants are typed).
FORMS = {
    "walrus": (lambda name, value: f"({name} := {value})", "function"),
    "annotated": (lambda name, value: f"{name}: object = {value}", "anywhere"),
    "final": (lambda name, value: f"{name}: Final = {value}", "anywhere"),
    "element-wise": (lambda name, value: f"{name}, _spare = {value}, None", "function"),
}


def rewritten(text: str, form: str):
    """The module with each one-line assignment of a single name written in `form`, or
    None where there is none to rewrite."""
    write, where = FORMS[form]
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    lines = text.splitlines(keepends=True)
    changed = False
    for node in ast.walk(tree):
        if not (type(node) is ast.Assign and len(node.targets) == 1 and type(node.targets[0]) is ast.Name
                and node.lineno == node.end_lineno and (where == "anywhere" or node.col_offset > 0)):
            continue
        line = lines[node.lineno - 1]
        value = ast.get_source_segment(text, node.value)
        if line[node.end_col_offset:].strip() or value is None:
            continue
        lines[node.lineno - 1] = line[:node.col_offset] + write(node.targets[0].id, value) + "\n"
        changed = True
    if not changed:
        return None
    out = "".join(lines)
    try:
        compile(out, "case.py", "exec")
    except SyntaxError:
        return None
    return out


def lost(path: Path, form: str) -> list[str]:
    """The message rules whose finding the flow scan would lose on the rewritten case."""
    text = rewritten(path.read_text(encoding="utf-8"), form)
    if text is None:
        return []
    found = {f.rule for f in lint_bytes(str(path), text.encode(), WITHOUT).findings} & {"MR020", "MR021"}
    if not found:
        return []
    scopes = ScanText(text, KNOWLEDGE, str(path)).get(flow_scopes)
    return sorted(c for c in found if not (scopes.raises if c == "MR020" else scopes.logs))


def test_there_are_cases_to_rewrite():
    assert len(CASES) >= SAMPLE and all(p.is_file() for p in _chosen())
    assert rewritten("def f():\n    key = 1\n", "walrus") == "def f():\n    (key := 1)\n"
    assert rewritten("KEYS = {}\n", "final") == "KEYS: Final = {}\n"
    assert rewritten("KEYS = {}\n", "walrus") is None  # (a module's top is left alone there)


# The cases on which a form lost a finding before the flow scan read it (2026-12-05),
# always checked; and a sample of the others.
LOST_BEFORE = ["ac/case_004", "ak/case_026", "bu/case_033", "da/case_010", "de/case_035", "dk/case_025",
               "dm/case_022", "f/case_015", "v/case_009", "v/case_038", "z/case_013", "z/case_038"]


def _chosen() -> list[Path]:
    pinned = [TESTS / f"holdout_messages_{case.split('/')[0]}" / f"{case.split('/')[1]}.py" for case in LOST_BEFORE]
    rest = [p for p in CASES if p not in pinned]
    return pinned + random.Random(20261205).sample(rest, SAMPLE)


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("path", _chosen(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_binding_written_another_way_keeps_the_flow_scans_verdict(path, form):
    assert not lost(path, form), f"the flow scan loses a finding once the bindings are written as {form}"


if __name__ == "__main__":
    failures = [(p, f, lost(p, f)) for p in CASES for f in sorted(FORMS)]
    failures = [x for x in failures if x[2]]
    for path, form, codes in failures:
        print(f"{path.relative_to(TESTS)}: {form}: {', '.join(codes)} lost")
    print(f"{len(CASES)} cases, {len(FORMS)} forms: {len(failures)} losing a finding")
    sys.exit(1 if failures else 0)
