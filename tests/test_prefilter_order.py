"""The order in which the prefilter's word tests search a text (issue 12): the cheapest
and likeliest first. An order changes what a file costs, never whether a trigger
passes: each case checks the answer as well as the searches made."""

from __future__ import annotations

import itertools

import pytest

from modelred_lint.triggers import ScanText, all_of, mentions


class _Knowledge:  # (word tests read no knowledge)
    pass


def _scan(text: str) -> ScanText:
    return ScanText(text, _Knowledge())


def test_the_test_with_fewer_words_is_tried_first():
    errors = mentions(["APIError", "AssessmentError", "NotFound", "except"])
    sdk = mentions(["modelred"])
    scan = _scan("try:\n    pass\nexcept NotFound:\n    pass\n")
    assert all_of(errors, sdk)(scan) is False
    # the SDK's name, absent, ended the test: no error class was looked for
    assert set(scan._held) == {"modelred"}


def test_an_analysis_runs_only_once_the_words_are_there():
    made = []

    def analysis(scan):
        made.append(scan.text)
        return True

    trigger = all_of(analysis, mentions(["raise"]))
    assert trigger(_scan("x = 1\n")) is False
    assert made == []
    assert trigger(_scan("raise E(x)\n")) is True
    assert made == ["raise E(x)\n"]


def test_keywords_are_looked_for_first():
    test = mentions(["AssessmentError", "ModelRedError", "except"])
    scan = _scan("try:\n    f()\nexcept OSError:\n    pass\n")
    assert test(scan) is True
    assert set(scan._held) == {"except"}


def test_the_words_are_looked_for_in_the_order_given_after_the_keywords():
    test = mentions(["__init__", "raise", "zeta", "alpha"])
    scan = _scan("zeta alpha __init__")
    assert test(scan) is True
    assert set(scan._held) == {"raise", "__init__"}
    scan = _scan("zeta alpha")
    assert test(scan) is True
    assert set(scan._held) == {"raise", "__init__", "zeta"}


def test_a_test_of_no_words_never_passes_and_ends_the_conjunction():
    made = []
    trigger = all_of(lambda scan: made.append(1) or True, mentions([]))
    assert trigger(_scan("anything")) is False
    assert made == []


WORDS = [["raise"], ["sk-", "mr_"], ["modelred"], ["except", "ValueError"], []]
TEXTS = ["raise ValueError('x')", "key = 'sk-abc'", "import modelred\ntry: f()\nexcept E: pass", ""]


@pytest.mark.parametrize("text", TEXTS)
def test_the_order_never_changes_the_answer(text):
    for first, second in itertools.permutations(WORDS, 2):
        a, b = mentions(first), mentions(second)
        expected = any(w in text for w in first) and any(w in text for w in second)
        assert all_of(a, b)(_scan(text)) is expected
        assert all_of(b, a)(_scan(text)) is expected
