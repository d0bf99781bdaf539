"""node_walk reads a subtree from the nodes' fields instead of LibCST's visitor (which
rebuilds every node it passes): it must reach exactly the nodes the visitor reaches but
white space, comments and punctuation (which no caller looks for), and a FieldPlan must
skip only fields that never hold a wanted node."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import libcst as cst
import pytest

from modelred_lint.names import subclasses
from modelred_lint.node_walk import FieldPlan, _walk_plan, child_nodes, descendants
from modelred_lint.secret_uses import _walked_types

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(
    [*ROOT.glob("fixtures/insecure_app/**/*.py"), *ROOT.glob("fixtures/secure_app/**/*.py"),
     *ROOT.glob("tests/corpus/**/*.py"), *ROOT.glob("modelred_lint/dataflow/*.py")]
)


def _visited(module: cst.Module, kept=None) -> Counter:
    """Each node the visitor reaches (of the types `kept`, where given), by identity."""
    seen: Counter = Counter()

    class _All(cst.CSTVisitor):
        def on_visit(self, node) -> bool:
            if kept is None or type(node) in kept:
                seen[id(node)] += 1
            return True

    module.visit(_All())
    return seen


@pytest.fixture(scope="module", params=SOURCES[:40], ids=lambda p: str(p.relative_to(ROOT)))
def module(request) -> cst.Module:
    return cst.parse_module(request.param.read_bytes())


def test_sources_found():
    assert len(SOURCES) >= 10


def test_descendants_reach_what_the_visitor_reaches(module):
    assert Counter(id(n) for n in descendants(module)) == _visited(module, _walk_plan().wanted)


TRIVIA = (cst.SimpleWhitespace, cst.ParenthesizedWhitespace, cst.TrailingWhitespace, cst.EmptyLine, cst.Newline,
          cst.Comment, cst.Comma, cst.Dot, cst.Colon, cst.Semicolon, cst.AssignEqual, cst.LeftParen, cst.RightParen,
          cst.LeftSquareBracket, cst.RightSquareBracket, cst.LeftCurlyBrace, cst.RightCurlyBrace)


def test_the_walk_leaves_out_only_white_space_comments_and_punctuation(module):
    # (every other node type the visitor meets is walked: names, operators, statements)
    left_out = {type(n) for n in _nodes(module)} - {type(n) for n in descendants(module)}
    assert left_out and all(issubclass(kind, TRIVIA) for kind in left_out), left_out


def _nodes(module: cst.Module) -> list:
    found: list = []

    class _All(cst.CSTVisitor):
        def on_visit(self, node) -> bool:
            found.append(node)
            return True

    module.visit(_All())
    return found


def test_children_in_the_visitors_order_for_statements(module):
    # The statements of a block come in source order, as `children` gives them.
    statement = (cst.SimpleStatementLine, cst.BaseCompoundStatement)
    for node in descendants(module):
        if isinstance(node, (cst.BaseSuite, cst.Module)):
            mine = [c for c in child_nodes(node) if isinstance(c, statement)]
            theirs = [c for c in node.children if isinstance(c, statement)]
            assert [id(c) for c in mine] == [id(c) for c in theirs]


def test_pruned_walk_does_not_enter(module):
    inside = {id(n) for f in descendants(module) if type(f) is cst.FunctionDef for n in descendants(f) if n is not f}
    pruned = {id(n) for n in descendants(module, enter=lambda n: type(n) is not cst.FunctionDef)}
    outermost = [n for n in descendants(module) if type(n) is cst.FunctionDef and id(n) not in inside]
    assert all(id(f) in pruned for f in outermost)
    assert not inside & pruned
    assert len(pruned) + len(inside) == len(list(descendants(module)))


def _wanted_below(node, wanted: frozenset, plan=None) -> list:
    """The wanted nodes of a subtree, entering only wanted nodes (secret_uses' walk)."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        found.append(id(current))
        names = plan.fields(type(current)) if plan is not None else [f for f in current.__dataclass_fields__]
        for name in names:
            value = getattr(current, name)
            items = value if isinstance(value, (tuple, list)) else (value,)
            stack.extend(v for v in items if type(v) in wanted)
    return found


@pytest.mark.parametrize("wanted", ["secret_uses", "key_fix_holders", "no_whitespace"])
def test_field_plan_skips_only_fields_without_wanted_nodes(module, wanted):
    from modelred_lint.key_fixes import _holders

    kinds = {"secret_uses": _walked_types, "key_fix_holders": _holders}.get(wanted, lambda: frozenset(
        subclasses(cst.CSTNode) - subclasses(cst.BaseParenthesizableWhitespace)))()
    plan = FieldPlan(kinds)
    assert _wanted_below(module, kinds, plan) == _wanted_below(module, kinds)
    # and it does skip something: white space is never read; parentheses only where wanted
    assert "whitespace_after_func" not in plan.fields(cst.Call)
    assert ("lpar" in plan.fields(cst.Name)) == (cst.LeftParen in kinds)
