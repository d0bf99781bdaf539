"""Positions placed statement by statement inside a large top-level statement (issue 12:
the whole statement's code was generated for one finding) are LibCST's own positions."""

from __future__ import annotations

import ast

import libcst as cst
import pytest
from libcst.metadata import MetadataWrapper, PositionProvider

from modelred_lint import positions as positions_module
from modelred_lint.parsing import depth_and_statements, statement_skeleton
from modelred_lint.positions import Positions
from modelred_lint.tree_walk import ALL_NODE_TYPES, node_fields

# Every block kind the matching walks: decorators, elif chains, try/except/else/finally,
# for/while with else, with, match, a line of `a; b`, bodies on the header's line,
# comments and blank lines between statements, a nested function and class.
LARGE = '''import os

# a comment before the class
@decorator(
    "argument",
)
class Service(Base):
    """Docstring."""

    limit = 3; retries = 2

    def __init__(self, key):
        self.key = key  # trailing comment

    @property
    def name(self): return "x"

    def run(self, items):
        for item in items:
            if item == 1:
                print(item)
            elif item == 2:
                value = item * 2
            elif item == 3: pass
            else:
                try:
                    risky(item)
                except ValueError as exc:
                    raise RuntimeError(str(exc)) from exc
                except (KeyError, TypeError):
                    pass
                else:
                    done = True
                finally:
                    cleanup()
        else:
            print("no break")
        while False:
            break
        else:
            pass
        with open(self.key) as handle, open("b") as other:
            data = handle.read()

    async def fetch(self, url):
        async with session() as s:
            async for chunk in s.get(url):
                yield chunk

    def dispatch(self, command):
        match command:
            case {"kind": kind}:
                return kind
            case [first, *rest]:
                return first
            case _:
                def inner():
                    class Local:
                        token = os.environ["TOKEN"]
                    return Local
                return inner()
'''


def _every_node(node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        for name in node_fields(type(current)):
            value = getattr(current, name)
            if type(value) in ALL_NODE_TYPES:
                stack.append(value)
            elif type(value) in (tuple, list):
                stack.extend(item for item in value if type(item) in ALL_NODE_TYPES)


@pytest.mark.parametrize("indent", ["    ", "\t"])
def test_every_node_of_a_large_statement_is_placed_as_libcst_places_it(monkeypatch, indent):
    text = LARGE.replace("    ", indent) + "\nx = Service(1)\n"
    module = cst.parse_module(text)
    expected = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    monkeypatch.setattr(positions_module, "LARGE_STATEMENT_LINES", 5)
    top = module.body[1]
    assert isinstance(top, cst.ClassDef)
    placed = Positions(module, text, {top}, statement_skeleton(ast.parse(text).body))
    assert id(top) in placed._inner  # placed statement by statement, not whole
    checked = 0
    for node in _every_node(top):
        if node in expected and not isinstance(node, (cst.SimpleWhitespace, cst.Newline)):
            assert placed(node, top) == expected[node], type(node).__name__
            checked += 1
    assert checked > 300
    assert not placed._whole  # nothing needed the whole module


def test_a_finding_in_one_method_generates_that_method_only(monkeypatch):
    # Linear: one method of a 400-method class is placed without the other 399.
    methods = "".join(f"    def m{i}(self):\n        return {i}\n\n" for i in range(400))
    text = "class Big:\n" + methods
    module = cst.parse_module(text)
    top = module.body[0]
    target = top.body.body[250].body.body[0]  # `return 250`
    generated = []
    original = positions_module._place_statement

    def counting(module, statement, indents):
        generated.append(statement)
        return original(module, statement, indents)

    monkeypatch.setattr(positions_module, "_place_statement", counting)
    placed = Positions(module, text, {top}, depth_and_statements(text)[1])
    where = placed(target, top)
    assert (where.start.line, where.start.column) == (3 + 250 * 3, 8)  # m250 starts on 2 + 750
    assert generated == [target]


def test_a_node_outside_the_placed_statements_places_the_whole_module(monkeypatch):
    monkeypatch.setattr(positions_module, "LARGE_STATEMENT_LINES", 1)
    text = "def f():\n    a = 1\n    b = 2\n\nc = 3\n"
    module = cst.parse_module(text)
    top, other = module.body[0], module.body[1]
    placed = Positions(module, text, {top}, depth_and_statements(text)[1])
    where = placed(other, top)  # (asked with the wrong top: still placed right)
    assert where.start.line == 5 and placed._whole


def test_a_statement_placed_inside_another_keeps_its_own_places():
    # The inner `return` placed first, then its whole method (the rule's statement for a
    # default in the header), then the inner one again: each place is LibCST's.
    text = LARGE + "\nx = Service(1)\n"
    module = cst.parse_module(text)
    expected = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    top = module.body[1]
    method = next(s for s in top.body.body if isinstance(s, cst.FunctionDef) and s.name.value == "run")
    deep = next(n for n in _every_node(method) if isinstance(n, cst.Name) and n.value == "cleanup")
    placed = Positions(module, text, {top}, depth_and_statements(text)[1])
    assert id(top) in placed._inner
    first = placed(deep, top)
    assert placed(method.name, top, method) == expected[method.name]
    assert placed(deep, top, method) == first == expected[deep]
    assert placed(deep, top) == expected[deep]


def test_a_wrong_guess_of_the_statement_still_places_the_node():
    text = LARGE + "\nx = Service(1)\n"
    module = cst.parse_module(text)
    expected = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    top = module.body[1]
    init = next(s for s in top.body.body if isinstance(s, cst.FunctionDef) and s.name.value == "__init__")
    run = next(s for s in top.body.body if isinstance(s, cst.FunctionDef) and s.name.value == "run")
    target = next(n for n in _every_node(run) if isinstance(n, cst.Name) and n.value == "risky")
    placed = Positions(module, text, {top}, depth_and_statements(text)[1])
    assert placed(target, top, init) == expected[target]
    assert not placed._whole


def test_the_map_of_owners_leaves_trivia_out_until_one_is_asked():
    # Three fifths of a tree's nodes are white space, comments and punctuation; no rule
    # reports one but a comment (a key in it), which is still placed right.
    text = LARGE + "\nx = Service(1)\n"
    module = cst.parse_module(text)
    expected = MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)
    top = module.body[1]
    placed = Positions(module, text, {top}, depth_and_statements(text)[1])
    name = next(n for n in _every_node(top) if isinstance(n, cst.Name) and n.value == "risky")
    comment = next(n for n in _every_node(top) if isinstance(n, cst.Comment))
    assert placed(name, top) == expected[name]
    inner = placed._inner[id(top)]
    assert not inner.every and id(comment) not in inner.owner
    assert placed(comment, top) == expected[comment]
    assert inner.every and not placed._whole
