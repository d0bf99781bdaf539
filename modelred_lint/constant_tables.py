"""Module constants that map names to plain texts: `ENV_BY_KEY = {"proxy_token":
"APP_PROXY_TOKEN", ...}`. Read at a literal key, such a table gives the text written
there, whatever the key's name says (`ENV_BY_KEY["proxy_token"]` is the name of a
variable, not a token). A table that anything may change (an item stored, `update()`,
`global`) says nothing of what it holds later, and a text that is itself a key stays
a secret (the key rules report it where it is written)."""

from __future__ import annotations

from typing import Optional

from modelred_lint.lazy import cst
from modelred_lint.names import last_name, literal_value
from modelred_lint.node_walk import descendants

# Calls that hand back the mapping they are given, unchanged or frozen.
_WRAPPERS = frozenset({"MappingProxyType", "dict", "frozendict", "immutabledict", "OrderedDict"})
# Methods that change a mapping in place.
_CHANGING = frozenset({"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__"})


def plain_assignments(statements) -> dict:
    """`name = value` of these statements (one plain name, the last binding wins)."""
    values = {}
    for statement in statements:
        if type(statement) is cst.SimpleStatementLine:
            for small in statement.body:
                if type(small) is cst.Assign and len(small.targets) == 1 and type(small.targets[0].target) is cst.Name:
                    values[small.targets[0].target.value] = small.value
                elif type(small) is cst.AnnAssign and type(small.target) is cst.Name and small.value is not None:
                    values[small.target.value] = small.value
    return values


def changed_names(module) -> frozenset:
    """The names the module changes in place or binds more than once: an item stored or
    deleted (`T["k"] = v`, `del T["k"]`), a changing method called (`T.update(...)`), a
    `global T`, a second binding anywhere (`if ...: T = load()`). One walk of the module."""
    out = set()
    bound = set()
    for node in descendants(module) if module is not None else ():
        kind = type(node)
        if kind is cst.AssignTarget or kind is cst.AugAssign or kind is cst.AnnAssign:
            target = node.target
            if type(target) is cst.Subscript and type(target.value) is cst.Name:
                out.add(target.value.value)
            elif type(target) is cst.Name:
                if target.value in bound or kind is cst.AugAssign:
                    out.add(target.value)
                bound.add(target.value)
        elif kind is cst.Del and type(node.target) is cst.Subscript and type(node.target.value) is cst.Name:
            out.add(node.target.value.value)
        elif kind is cst.Call and type(node.func) is cst.Attribute and type(node.func.value) is cst.Name \
                and node.func.attr.value in _CHANGING:
            out.add(node.func.value.value)
        elif kind is cst.Global:
            out.update(n.name.value for n in node.names)
    return frozenset(out)


def table_text(value, key: str) -> Optional[str]:
    """The non-empty text a constant table holds at `key`, given what the module binds
    it to (plain_assignments; a table the module changes, changed_names, is not one), or
    None: where the value is no dict display of literal keys (a `**rest` in it), or `key`
    is not in it once with a text. An empty text is a placeholder filled later."""
    if type(value) is cst.Call and last_name(value.func) in _WRAPPERS and len(value.args) == 1 \
            and value.args[0].keyword is None and not value.args[0].star:
        value = value.args[0].value
    if type(value) is not cst.Dict or any(type(e) is not cst.DictElement for e in value.elements):
        return None
    texts = [literal_value(e.value) for e in value.elements if literal_value(e.key) == key]
    if len(texts) != 1 or not isinstance(texts[0], str) or not texts[0]:
        return None
    return texts[0]
