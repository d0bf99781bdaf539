"""The framework corpus of issue 11 (tests/frameworks): its labels are sound, and MR010's
precision and recall on it do not fall below what the rule achieved when it was built."""

from __future__ import annotations

import ast

import pytest

from frameworks.score import HERE, corpus_files, expected_locations, lint_in_process, load_labels, score

# Measured on the corpus as first committed: 36 TP, 33 FP, 20 FN (0.52 / 0.64). With the
# framework model of issue 11 (rules/shared/frameworks.yaml): 56 TP, 0 FP, 0 FN. The floors
# are issue 11's targets, 0.95 precision and 0.95 recall.
MIN_PRECISION = 0.95
MIN_RECALL = 0.95

LABELS = load_labels()
FILES = {p.name: p for p in corpus_files()}

# The identifier parameters of the SDK's methods (shared/SDK.md, all three generations),
# and the position where the first one may be given positionally. A true case must sit
# in one of them, or it is not an MR010 case at all.
IDENTIFIER_KEYWORDS = {
    "model_id", "model", "modelId", "model_identifier", "test_suites", "test_types",
    "probe_pack_ids", "assessment_id", "pack_id",
}
POSITIONAL = {
    "run_assessment": {0, 1}, "get_assessment_status": {0}, "get_model": {0}, "delete_model": {0},
    "get_assessment": {0}, "cancel_assessment": {0}, "wait_for_completion": {0},
    "get_probe_pack": {0}, "get_probe_pack_data": {0},
}


def _arguments_on(tree: ast.AST, text: str, line: int) -> list[tuple[str, str | int, str]]:
    """(method name, keyword or position, source of the argument) for every argument
    of a method call that starts on `line`."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        for index, arg in enumerate(node.args):
            if arg.lineno == line:
                found.append((node.func.attr, index, ast.get_source_segment(text, arg)))
        for kw in node.keywords:
            if kw.arg and kw.value.lineno == line:
                found.append((node.func.attr, kw.arg, ast.get_source_segment(text, kw.value)))
    return found


def test_every_corpus_file_is_labelled_and_every_label_names_a_file():
    assert set(LABELS) == set(FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_corpus_file_shape(name):
    path = FILES[name]
    # pytest must not collect the apps as tests, nor import them.
    assert not name.startswith("test_") and not name.endswith("_test.py")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert 60 <= len(lines) <= 150, f"{name} has {len(lines)} lines"
    entry = LABELS[name]
    assert len(entry["findings"]) >= 2 and len(entry["validated"]) >= 2
    true_lines = {int(item["line"]) for item in entry["findings"]}
    validated_lines = {int(item["line"]) for item in entry["validated"]}
    # Scoring matches on lines: one line cannot be both a finding and a clean case.
    assert not true_lines & validated_lines
    assert len(true_lines) == len(entry["findings"]), "two findings on one line would score as one"


@pytest.mark.parametrize("name", sorted(FILES))
def test_labelled_lines_hold_the_labelled_arguments(name):
    text = FILES[name].read_text(encoding="utf-8")
    tree = ast.parse(text)
    for kind in ("findings", "validated"):
        for item in LABELS[name][kind]:
            args = _arguments_on(tree, text, int(item["line"]))
            matches = [(method, slot) for method, slot, source in args if source == item["arg"]]
            assert matches, f"{name}:{item['line']} has no call argument `{item['arg']}` ({kind})"
            if kind == "findings":
                assert any(
                    (isinstance(slot, str) and slot in IDENTIFIER_KEYWORDS) or slot in POSITIONAL.get(method, ())
                    for method, slot in matches
                ), f"{name}:{item['line']}: `{item['arg']}` is not an SDK identifier argument"


def test_corpus_holds_no_key_for_the_other_rules():
    from modelred_lint.api import Project

    project = Project.for_path(HERE, select=["MR001", "MR002", "MR003", "MR004"])
    reported = [
        (name, f.line, f.rule) for name, path in FILES.items() for f in project.lint(name, path.read_text(encoding="utf-8"))
    ]
    assert reported == []


def test_mr010_precision_and_recall_on_the_framework_corpus():
    found, broken = lint_in_process()
    assert broken == [], "files the linter could not analyse would count as misses"
    result = score(expected_locations(LABELS), found, FILES)["overall"]
    detail = f"false positives {result.fp}, misses {result.fn}"
    assert result.precision >= MIN_PRECISION, detail
    assert result.recall >= MIN_RECALL, detail
