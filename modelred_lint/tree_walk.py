"""One walk of the tree for every participant of a file's lint (the name tracker
first, then the enabled rules), calling their visit_<Node> and leave_<Node> methods."""

from __future__ import annotations

from typing import Sequence

import libcst as cst

from modelred_lint.names import subclasses
from modelred_lint.node_walk import FieldPlan, fields_of, leaf_types, trivia_types
from modelred_lint.rule import FileContext

# Concrete node types, looked up by type: isinstance() against LibCST's abstract base
# classes goes through abc's machinery, and the walk asks millions of times.
_EXPRESSION_TYPES = subclasses(cst.BaseExpression)
_STATEMENT_TYPES = subclasses(cst.BaseCompoundStatement) | {cst.SimpleStatementLine}
# Every node type but the leaves no rule reads (white space without comments).
_NODE_TYPES = subclasses(cst.CSTNode) - {cst.SimpleWhitespace, cst.Newline}


# For a walk that must reach every node (positions.py): all node types, white space too.
ALL_NODE_TYPES = subclasses(cst.CSTNode)
node_fields = fields_of  # (positions.py's walk)


_HANDLERS: dict[type, tuple] = {}
# (the types no walk enters, participants or not)
_NOT_WALKED = ALL_NODE_TYPES - _NODE_TYPES
# The walk's two field plans: every node type, or all but white space, punctuation,
# names and operators (made once per process).
_PLANS: dict[str, FieldPlan] = {}


def _whole_plan() -> FieldPlan:
    plan = _PLANS.get("whole")
    if plan is None:
        plan = _PLANS["whole"] = FieldPlan(_NODE_TYPES)
    return plan


def _lean_plan() -> FieldPlan:
    plan = _PLANS.get("lean")
    if plan is None:
        plan = _PLANS["lean"] = FieldPlan(_NODE_TYPES - trivia_types() - leaf_types())
    return plan
_SKIP = ("skip",)  # (the plan of a node type the walk does not enter)


def _handlers(cls: type) -> tuple:
    """A participant class's visit_<Node> and leave_<Node> methods, as (attribute, node
    type, is a visit): read once per class, not once per file (dir() and the type
    checks were a millisecond of each file)."""
    found = _HANDLERS.get(cls)
    if found is None:
        found = []
        for attr in dir(cls):
            kind = getattr(cst, attr[6:], None) if attr.startswith(("visit_", "leave_")) else None
            if isinstance(kind, type) and issubclass(kind, cst.CSTNode):
                found.append((attr, kind, attr.startswith("visit_")))
        found = _HANDLERS[cls] = tuple(found)
    return found


class BatchedWalk:
    """One walk of the tree for every participant (the name tracker first), calling
    their visit_<Node> and leave_<Node> methods, and keeping the statement stack.

    It reads each node's fields directly: LibCST's own visitor rebuilds every node it
    passes (and validates it again), which costs more than the parse. Fields are read
    in their declared order, which is source order for everything the rules track
    (a function's decorators come after its body; no rule minds)."""

    def __init__(self, ctx: FileContext, participants: Sequence[object]) -> None:
        self.ctx = ctx
        self.visits: dict[type, list] = {}
        self.leaves: dict[type, list] = {}
        for participant in participants:
            unread = participant.unread_node_types() if hasattr(participant, "unread_node_types") else ()
            for attr, kind, visit in _handlers(type(participant)):
                if kind in unread:
                    continue
                table = self.visits if visit else self.leaves
                table.setdefault(kind, []).append(getattr(participant, attr))
        # Rules that read only statements (the dataflow rules interpret expressions
        # themselves) spare the walk every expression's subtree.
        self.skip_expressions = not any(getattr(p, "READS_EXPRESSIONS", True) for p in participants)
        # White space, punctuation, names and operators are half of a tree's nodes, and
        # they hold nothing but more of the same: unless a participant reads one of
        # them, the walk does not enter them (nor read the fields that can only hold
        # them).
        lean = _lean_plan()
        handled = self.visits.keys() | self.leaves.keys()
        self._fields = _whole_plan() if handled - lean.wanted - _NOT_WALKED else lean
        self._wanted = self._fields.wanted
        # Per node type, what the walk does with it (one lookup per node, not four).
        self._plans: dict[type, object] = {}

    def _plan(self, kind: type):
        if self.skip_expressions and kind in _EXPRESSION_TYPES:
            plan = _SKIP
        else:
            plan = (tuple(self.visits.get(kind, ())), self._fields.fields(kind), tuple(self.leaves.get(kind, ())),
                    kind in _STATEMENT_TYPES)
        self._plans[kind] = plan
        return plan

    def walk(self, node: cst.CSTNode) -> None:
        plan = self._plans.get(type(node)) or self._plan(type(node))
        if plan is _SKIP:
            return
        visits, fields, leaves, statement = plan
        if statement:
            self.ctx.statements.append(node)
        for method in visits:
            method(node)
        wanted = self._wanted
        for name in fields:
            value = getattr(node, name)
            value_type = type(value)
            if value_type in wanted:
                self.walk(value)
            elif value_type is tuple or value_type is list:
                for item in value:
                    if type(item) in wanted:
                        self.walk(item)
        for method in leaves:
            method(node)
        if statement:
            self.ctx.statements.pop()
