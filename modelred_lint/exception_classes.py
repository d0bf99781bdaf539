"""Which constructor arguments of an exception class of the module become its message.

`class ProjectScopeSwitched(Exception): def __init__(self, project_id, access_token):
super().__init__(project_id)` keeps the token as an attribute and shows only the project:
`raise ProjectScopeSwitched(chosen, credentials.access_token)` puts no secret in a
message. Read syntactically, for classes defined in the linted module: the parameters
that reach the arguments of `super().__init__(...)` (or `Base.__init__(self, ...)`),
through the assignments of `__init__` that lead there. A class whose own `__str__`
makes the message shows the parameters behind the `self.x` it returns (and what it
handed its base, where it shows the base's). A class with `__repr__` or `__format__`,
that passes `*args`/`**kwargs` on, or has no such call, is not narrowed: every
argument counts, as for a class we cannot see.
"""

from __future__ import annotations

from typing import Optional

from modelred_lint.lazy import cst
from modelred_lint.names import last_name, names_in
from modelred_lint.secret_records import attributes_from_parameters, returned
from modelred_lint.node_walk import descendants

_FORMATTING = frozenset(("__str__", "__repr__", "__format__"))


class MessageParameters:
    """The parameters of `__init__` (after self) and the names among them that reach
    the message."""

    __slots__ = ("params", "shown", "rest")

    def __init__(self, params: tuple, shown: frozenset, rest: bool = True) -> None:
        self.params = params
        self.shown = shown
        # Does an argument that lands in no named parameter (the `**context` of
        # `__init__(self, message, original_error=None, **context)`) reach the message?
        self.rest = rest

    def parameter(self, position: Optional[int], keyword: Optional[str]) -> Optional[str]:
        """The parameter an argument at this position (or with this keyword) lands in."""
        if keyword is not None:
            return keyword if keyword in self.params else None
        return self.params[position] if position is not None and position < len(self.params) else None

    def keeps(self, position: Optional[int], keyword: Optional[str]) -> bool:
        """Does the argument at this position (or with this keyword) reach the message?"""
        if keyword is not None:
            return keyword in self.shown or (keyword not in self.params and self.rest)
        if position is None or position >= len(self.params):
            return True
        return self.params[position] in self.shown


def message_parameters(node, resolve=None, depth: int = 0) -> Optional[MessageParameters]:
    """What of the constructor's arguments a class shows in its message; None when it
    cannot be told (see the module's docstring). resolve: name -> (ClassDef, its
    module's resolve) (imported_facts.class_resolver): a class that defines neither
    `__init__` nor a formatting method (`class AuthenticationError(ReportError): pass`)
    is made, and shows its message, as its one base does."""
    init = formats = None
    for statement in node.body.body:
        if isinstance(statement, cst.FunctionDef):
            if statement.name.value in _FORMATTING:
                if statement.name.value != "__str__" or formats is not None:
                    return None
                formats = statement
            if statement.name.value == "__init__":
                init = statement
    if init is None:
        if formats is None and resolve is not None and depth < 4 and len(node.bases) == 1:
            found = resolve(last_name(node.bases[0].value) or "")
            if found is not None:
                return message_parameters(found[0], found[1], depth + 1)
        return None
    p = init.params
    if isinstance(p.star_arg, cst.Param):
        return None
    kwargs = p.star_kwarg.name.value if isinstance(p.star_kwarg, cst.Param) else None
    params = tuple(x.name.value for x in (*p.posonly_params, *p.params))[1:]
    keyword_only = tuple(x.name.value for x in p.kwonly_params)
    if formats is not None:
        return _str_parameters(formats, init, params + keyword_only)  # (what `**kw` carries is kept)
    # Each call of the base's __init__ makes a message (`if original_error:
    # super().__init__(f"{message} (caused by: {original_error})") else:
    # super().__init__(message)`): what any of them shows is shown.
    calls = [c for c in _outside_nested(init.body, cst.Call) if _is_base_init(c)]
    if not calls:
        return None
    args = [a for c in calls for a in c.args]
    if any(a.star for a in args):
        return None
    shown = set(names_in(*args))
    # Follow `msg = f"... {detail}"; super().__init__(msg)` back to the parameters.
    assignments = [(t, s.value) for s in _outside_nested(init.body, cst.Assign) for t in _targets(s)]
    changed = True
    while changed:
        changed = False
        for target, value in assignments:
            if target in shown:
                new = set(names_in(value)) - shown
                if new:
                    shown |= new
                    changed = True
    return MessageParameters(params + keyword_only, frozenset(shown), kwargs is None or kwargs in shown)


def _str_parameters(formats, init, params: tuple) -> Optional[MessageParameters]:
    """A class whose own `__str__` makes its message: the parameters that reach the
    `self.x` it shows (`self.api_key = api_key` ... `return f"invalid key {self.api_key}"`).
    What it shows of its base (`super().__str__()`, `self.args`, an attribute not set
    from a parameter) is every parameter it handed the base; without such a call, that
    cannot be told: None."""
    attributes = dict(attributes_from_parameters(init.body, set(params)))
    # What the base class was handed (its own attributes, self.args, its message):
    # the parameters in the arguments of `super().__init__(...)`, all of them shown.
    calls = [c for c in _outside_nested(init.body, cst.Call) if _is_base_init(c)]
    handed = {n for c in calls for n in names_in(*c.args) if n in params}
    shown = set()
    for value in returned(formats.body):
        for inner in descendants(value):
            if type(inner) is cst.Call and last_name(inner.func) == "super":
                shown |= handed  # super().__str__()
            elif type(inner) is cst.Attribute and type(inner.value) is cst.Name and inner.value.value == "self":
                parameter = attributes.get(inner.attr.value)
                if parameter is None and not calls:
                    return None  # (set where this reading cannot see)
                shown |= {parameter} if parameter is not None else handed
    return MessageParameters(params, frozenset(shown))


def str_hides_base(node) -> bool:
    """Does the class define its own `__str__` that shows nothing of what its base was
    handed (no `super()`, no `self.args`)? Then `super().__init__(api_key, hint)` makes no
    message: str(e) is what `__str__` returns (and is reported there)."""
    formats = next((s for s in node.body.body if isinstance(s, cst.FunctionDef) and s.name.value == "__str__"), None)
    if formats is None:
        return False
    for value in returned(formats.body):
        for inner in descendants(value):
            if type(inner) is cst.Call and last_name(inner.func) == "super":
                return False
            if type(inner) is cst.Attribute and inner.attr.value == "args":
                return False
    return True


def _is_base_init(call) -> bool:
    func = call.func
    if not isinstance(func, cst.Attribute) or func.attr.value != "__init__":
        return False
    base = func.value
    if isinstance(base, cst.Call) and last_name(base.func) == "super":
        return True
    # Exception.__init__(self, message)
    return bool(call.args) and isinstance(call.args[0].value, cst.Name) and call.args[0].value.value == "self"


def _outside_nested(node, kind) -> list:
    """The nodes of one type in a function's body, not in the functions it defines."""
    function = cst.FunctionDef
    return [
        inner
        for statement in node.body
        for inner in descendants(statement, enter=lambda n: type(n) is not function)
        if isinstance(inner, kind)
    ]


def _targets(assign) -> list:
    return [t.target.value for t in assign.targets if isinstance(t.target, cst.Name)]
