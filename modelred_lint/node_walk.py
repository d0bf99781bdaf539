"""A subtree's nodes, read straight from their fields.

LibCST's own ways of reaching a node's children (`node.visit(visitor)`, `node.children`)
rebuild every node they pass (a new node, validated again) and a visitor class made
inside a function is a new class at each call: on sdk-heavy these came to several per
cent of a lint. The nodes of a subtree are the same either way; the order here is the
order of each node's fields (source order for the statements of a block and the parts
of an expression; a function's decorators come after its body), which the callers
either share or do not need (they collect sets).

Importable without LibCST (the rule modules use it): nothing here reads a `cst.`
attribute.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from typing import Callable, Iterator, Optional

_FIELDS: dict[type, tuple[str, ...]] = {}
_PLAN: Optional["FieldPlan"] = None  # the node types walked and their fields, made on first use


def fields_of(kind: type) -> tuple[str, ...]:
    """A node type's field names, in declaration order (cached per type)."""
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


def child_nodes(node) -> list:
    """The node's children (every field holding a node, or a sequence of them), in field
    order, but white space, comments and punctuation: no caller looks for those (they
    hold no name, call or statement), and they are three fifths of a tree's nodes. Their
    fields are not read at all (`FieldPlan`)."""
    plan = _PLAN or _walk_plan()
    nodes = plan.wanted
    out = []
    fields = plan.known.get(type(node))
    if fields is None:
        fields = plan.fields(type(node))
    for name in fields:
        value = getattr(node, name)
        kind = type(value)
        if kind is tuple or kind is list:
            out.extend([v for v in value if type(v) in nodes])
        elif kind in nodes:
            out.append(value)
    return out


def descendants(node, enter: Optional[Callable[[object], bool]] = None) -> Iterator:
    """Every node of the subtree, `node` first, depth first in field order. A node for
    which `enter(node)` is false is yielded but not entered."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if enter is not None and not enter(current):
            continue
        children = child_nodes(current)
        children.reverse()
        stack.extend(children)


def _walk_plan() -> "FieldPlan":
    global _PLAN
    _PLAN = FieldPlan(node_types_but(trivia_types()))
    return _PLAN


# By exact type, for every walk here: isinstance() against LibCST's abstract bases goes
# through abc's machinery. (A field's other values are strings, sentinels and None.)
_KINDS: dict[str, frozenset] = {}


def trivia_types() -> frozenset:
    """White space, comments and punctuation: three fifths of a tree's nodes, and none
    holds a name, a call or a statement."""
    kinds = _KINDS.get("trivia")
    if kinds is None:
        from modelred_lint.lazy import cst
        from modelred_lint.names import subclasses

        kinds = _KINDS["trivia"] = subclasses(cst.BaseParenthesizableWhitespace) | {
            cst.EmptyLine, cst.TrailingWhitespace, cst.Newline, cst.Comment, cst.Comma, cst.Dot, cst.Colon,
            cst.Semicolon, cst.AssignEqual, cst.LeftParen, cst.RightParen, cst.LeftSquareBracket,
            cst.RightSquareBracket, cst.LeftCurlyBrace, cst.RightCurlyBrace,
        }
    return kinds


def leaf_types() -> frozenset:
    """Nodes that hold no expression below them: operators, names, numbers and `*` of
    an import (a walk for what an expression holds need not enter them)."""
    kinds = _KINDS.get("leaves")
    if kinds is None:
        from modelred_lint.lazy import cst
        from modelred_lint.names import subclasses

        kinds = _KINDS["leaves"] = frozenset().union(*(subclasses(base) for base in (
            cst.BaseAugOp, cst.BaseBinaryOp, cst.BaseBooleanOp, cst.BaseCompOp, cst.BaseUnaryOp))) | {
            cst.ImportStar, cst.Name, cst.Integer, cst.Float, cst.Imaginary}
    return kinds


def node_types_but(*left_out: frozenset) -> frozenset:
    """Every LibCST node type but those given."""
    from modelred_lint.lazy import cst
    from modelred_lint.names import subclasses

    return frozenset(subclasses(cst.CSTNode).difference(*left_out))


class FieldPlan:
    """For a walk that enters only some node types (`wanted`): per node type, the
    fields whose declared type admits a wanted node. The others (white space, commas,
    parentheses, strings) are never read. LibCST's trees hold what their annotations
    say; an annotation this cannot read keeps its field."""

    def __init__(self, wanted: frozenset) -> None:
        self.wanted = wanted
        # node type -> its fields, as `fields` made them: the hottest walks look a type up
        # here first (`known.get(kind)`), sparing a method call per node
        self.known: dict[type, tuple[str, ...]] = {}
        self._admitted: dict = {}  # annotation -> admits a wanted node (the same few recur)

    def fields(self, kind: type) -> tuple[str, ...]:
        names = self.known.get(kind)
        if names is None:
            names = self.known[kind] = tuple(f.name for f in dataclasses.fields(kind) if self._admits(f.type))
        return names

    def _admits(self, annotation) -> bool:
        try:
            return self._admitted[annotation]
        except KeyError:
            pass
        except TypeError:  # (an annotation that cannot be hashed)
            return _admits(annotation, self.wanted)
        held = self._admitted[annotation] = _admits(annotation, self.wanted)
        return held


def _admits(annotation, wanted: frozenset) -> bool:
    if typing.get_origin(annotation) is typing.Literal:
        return False
    arguments = typing.get_args(annotation)
    if arguments:  # Optional[X], Union[X, Y], Sequence[X]
        return any(_admits(a, wanted) for a in arguments)
    if isinstance(annotation, type):
        from modelred_lint.names import subclasses

        # (a value is of a class that can be made: an abstract base in `wanted` is none)
        return any(t in wanted and not inspect.isabstract(t) for t in (annotation, *subclasses(annotation)))
    return True  # a forward reference, a string: not understood, so kept
