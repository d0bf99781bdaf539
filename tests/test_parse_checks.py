"""The parse skips LibCST's per-node checks (parsing.parse_module_unchecked): the same tree,
and the checks back on for every node made afterwards (a fix's nodes are still checked)."""

from __future__ import annotations

import ast
from pathlib import Path

import libcst as cst
import pytest

from modelred_lint.parsing import (
    TooDeep,
    expression_depth,
    parse,
    parse_module_unchecked,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _fixture_texts() -> list[str]:
    """The fixtures that are valid UTF-8 Python (some are bad input on purpose)."""
    texts = []
    for path in sorted(FIXTURES.rglob("*.py")):
        try:
            text = path.read_text(encoding="utf-8")
            compile(text, str(path), "exec", ast.PyCF_ONLY_AST)
            if expression_depth(text) > 100:
                continue  # (deep_equals recurses: the hostile fixtures are too deep for it)
            cst.parse_module(text)
        except (UnicodeDecodeError, SyntaxError, cst.ParserSyntaxError, TooDeep):
            continue
        texts.append(text)
    return texts


def test_the_unchecked_parse_gives_the_checked_parse_tree():
    texts = _fixture_texts()
    assert len(texts) >= 10
    for text in texts:
        unchecked = parse_module_unchecked(text)
        checked = cst.parse_module(text)
        assert unchecked.code == checked.code
        assert unchecked.deep_equals(checked)


def test_nodes_made_after_a_parse_are_checked_again():
    parse("x = 1\n")
    with pytest.raises(cst.CSTValidationError):
        cst.Name("not a name")


def test_nodes_made_after_a_failed_parse_are_checked_again():
    with pytest.raises(Exception):
        parse_module_unchecked("def (:\n")
    with pytest.raises(cst.CSTValidationError):
        cst.Name("1x")
