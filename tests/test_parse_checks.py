"""The parse skips LibCST's per-node checks and makes its nodes with plain constructors
(parsing.parse_module_unchecked): the same tree, and the checks and dataclass constructors
back for every node made afterwards (a fix's nodes are still checked)."""

from __future__ import annotations

import ast
from pathlib import Path

import libcst as cst
import pytest

from modelred_lint import parsing
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


def _node_types(module: cst.Module) -> set[type]:
    seen, stack = set(), [module]
    while stack:
        node = stack.pop()
        seen.add(type(node))
        for value in vars(node).values() if hasattr(node, "__dict__") else (
                getattr(node, f) for f in node.__dataclass_fields__ if f != "__slots__"):
            if isinstance(value, cst.CSTNode):
                stack.append(value)
            elif isinstance(value, (list, tuple)):
                stack.extend(v for v in value if isinstance(v, cst.CSTNode))
    return seen


def test_every_node_the_parser_makes_has_a_plain_constructor_and_gets_its_own_back():
    texts = _fixture_texts()
    seen = set()
    parsing._parser_constructors()  # (made, in a process that has parsed little, by the first large parse)
    for text in texts:
        seen |= _node_types(parse_module_unchecked(text))
    plain = {kind: (checked, made) for kind, checked, made in parsing._PARSER_CONSTRUCTORS}
    # (a LibCST whose classes no longer fit them would leave its nodes to the slow path)
    assert len(seen) > 40 and seen <= plain.keys(), sorted(k.__name__ for k in seen - plain.keys())
    for kind, (checked, made) in plain.items():
        assert kind.__init__ is checked is not made, kind.__name__
        assert checked.__code__.co_filename == "<string>"  # (the one dataclasses made)


def test_a_plain_constructor_makes_the_node_the_checked_one_makes():
    ws = cst.SimpleWhitespace(" ")
    cases = [
        (cst.Name, {"value": "key"}),
        (cst.Attribute, {"value": cst.Name("os"), "attr": cst.Name("environ")}),
        # (a field left out whose default is made by a factory: a new one each time)
        (cst.Tuple, {"elements": [cst.Element(cst.Name("a"))]}),
        (cst.Comma, {"whitespace_after": ws}),
    ]
    for kind, fields in cases:
        checked = kind(**fields)
        made = object.__new__(kind)
        parsing._plain_constructor(kind)(made, **fields)
        assert made.deep_equals(checked) and cst.Module([]).code_for_node(made) == cst.Module([]).code_for_node(checked)
        if kind is cst.Tuple:
            again = object.__new__(kind)
            parsing._plain_constructor(kind)(again, **fields)
            assert again.lpar[0].deep_equals(checked.lpar[0]) and again.lpar[0] is not made.lpar[0]
    # (what the plain constructor skips: the checks; the checked one still makes them)
    unchecked = object.__new__(cst.Name)
    parsing._plain_constructor(cst.Name)(unchecked, value="not a name")
    assert unchecked.value == "not a name"
    with pytest.raises(cst.CSTValidationError):
        cst.Name("not a name")


ONE_SMALL_FILE = """
from modelred_lint import parsing
parsing.parse("x = 1\\n" * 100)
small = len(parsing._PARSER_CONSTRUCTORS)
parsing.parse("x = 1\\n" * (parsing.PLAIN_CONSTRUCTORS_AFTER // 6))
print(small, len(parsing._PARSER_CONSTRUCTORS) > 40)
"""


def test_plain_constructors_are_made_only_once_a_process_parses_enough_to_pay(tmp_path):
    # (making them costs about 12 ms: the editor's on-save lint of one file would lose it)
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", ONE_SMALL_FILE], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["0", "True"], done.stdout + done.stderr
