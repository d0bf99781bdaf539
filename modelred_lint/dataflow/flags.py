"""Flag parameters: a function's parameter that only chooses a branch, whose value a
call site often fixes with a constant.

`def _prompt(label, default="", secret=False)` reads with getpass() under `if secret:`
and with input() otherwise. Summarised once for every caller, it returns a secret; a
call that leaves `secret` False (`_prompt("Env var name")`) gets a plain answer. Where a
call fixes such a parameter with a literal (or leaves it at a literal default), the
function is summarised again with that branch alone (see FlowRules.summarise).
"""

from __future__ import annotations

from typing import Optional

from modelred_lint.dataflow.labels import SECRETS
from modelred_lint.lazy import cst
from modelred_lint.names import names_in
from modelred_lint.node_walk import child_nodes

Flag = tuple[int, str, Optional[bool]]  # (position, name, the truth of its literal default)


def constant_truth(node) -> Optional[bool]:
    """The truth of a literal (True, False, None, a number, a string), else None."""
    kind = type(node)
    if kind is cst.Name:
        return {"True": True, "False": False, "None": False}.get(node.value)
    if kind is cst.SimpleString and _plain(node):
        # (read off the text, not evaluated: an escape Python does not know warns, and a
        # body with escapes may still be empty, a backslash and a line break)
        raw = node.raw_value
        return False if not raw else True if "\\" not in raw else None
    if kind is cst.Integer or kind is cst.Float:
        return node.evaluated_value != 0
    return None


def _plain(node) -> bool:
    prefix = node.prefix.lower()
    return "b" not in prefix and "f" not in prefix


def tested_flag(test) -> Optional[tuple[str, bool]]:
    """`p` or `not p` as a whole test: (p, whether the test negates it)."""
    negated = False
    while type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
        test, negated = test.expression, not negated
    return (test.value, negated) if type(test) is cst.Name else None


def flag_parameters(node) -> tuple[Flag, ...]:
    """The parameters of a function that stand alone as the test of an `if`, an `elif`
    or a conditional expression in its own body, and that the body never binds again
    (an assignment, a loop, a `with ... as`, a walrus, a `del`, a global)."""
    params = node.params
    positional = (*params.posonly_params, *params.params)
    candidates = {p.name.value: (at, p) for at, p in enumerate(positional)}
    candidates.update((p.name.value, (None, p)) for p in params.kwonly_params)
    if not candidates:
        return ()
    tested: set[str] = set()
    bound: set[str] = set()
    stack = [node.body]
    while stack:
        current = stack.pop()
        kind = type(current)
        if kind is cst.FunctionDef or kind is cst.ClassDef or kind is cst.Lambda:
            continue  # (their own scopes)
        if kind is cst.If or kind is cst.IfExp:
            flag = tested_flag(current.test)
            if flag is not None:
                tested.add(flag[0])
        elif kind is cst.AssignTarget or kind is cst.For or kind is cst.CompFor:
            bound.update(_names(current.target))
        elif kind is cst.AugAssign or kind is cst.AnnAssign or kind is cst.NamedExpr:
            bound.update(_names(current.target))
        elif kind is cst.AsName:
            bound.update(_names(current.name))
        elif kind is cst.Del:
            bound.update(_names(current.target))
        elif kind is cst.Global or kind is cst.Nonlocal:
            bound.update(n.name.value for n in current.names)
        stack.extend(child_nodes(current))
    out = []
    for name in sorted(tested - bound):
        if name in candidates:
            at, param = candidates[name]
            default = constant_truth(param.default) if param.default is not None else None
            out.append((at, name, default))
    return tuple(out)


def _names(target) -> set[str]:
    # (an attribute's name too, `self.x = ...`: a superset of what is bound, fewer flags)
    return {target.value} if type(target) is cst.Name else set(names_in(target))


def worth_specialising(summary) -> bool:
    """Could a call's flags change what this summary says: does the function write a
    message, or return a secret of its own (not one it was handed)?"""
    return bool(summary.messages) or any(l.kind in SECRETS and l.param is None for l in summary.returns)


def known_flags(flags: tuple[Flag, ...], call, skip: int = 0) -> frozenset:
    """What a call fixes of a function's flag parameters: (name, truth) for each one it
    passes a literal to, or leaves at a literal default. None of them where the call
    unpacks arguments (`*args`, `**kwargs`: which ones they fill is not known)."""
    if any(arg.star for arg in call.args):
        return frozenset()
    positional = [arg.value for arg in call.args if arg.keyword is None]
    keywords = {arg.keyword.value: arg.value for arg in call.args if arg.keyword is not None}
    out = []
    for at, name, default in flags:
        given = keywords.get(name)
        if given is None and at is not None and 0 <= at - skip < len(positional):
            given = positional[at - skip]
        truth = constant_truth(given) if given is not None else default
        if truth is not None:
            out.append((name, truth))
    return frozenset(out)
