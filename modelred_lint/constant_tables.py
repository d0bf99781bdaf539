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


def top_level_value(module, name: str):
    """The expression the module's last plain top-level assignment binds `name` to."""
    found = None
    for statement in module.body if module is not None else ():
        if type(statement) is not cst.SimpleStatementLine:
            continue
        for small in statement.body:
            if type(small) is cst.Assign and len(small.targets) == 1 and type(small.targets[0].target) is cst.Name \
                    and small.targets[0].target.value == name:
                found = small.value
            elif type(small) is cst.AnnAssign and type(small.target) is cst.Name and small.target.value == name \
                    and small.value is not None:
                found = small.value
    return found


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


def table_text(module, name: str, key: str, changed: frozenset) -> Optional[str]:
    """The non-empty text the module's constant table `name` holds at `key`, or None:
    where the table is no dict display of literal keys (a `**rest` in it), where `key`
    is not in it once with a text, or where the module changes the table (`changed`,
    from changed_names). An empty text is a placeholder that something fills later."""
    if name in changed:
        return None
    value = top_level_value(module, name)
    if type(value) is cst.Call and last_name(value.func) in _WRAPPERS and len(value.args) == 1 \
            and value.args[0].keyword is None and not value.args[0].star:
        value = value.args[0].value
    if type(value) is not cst.Dict or any(type(e) is not cst.DictElement for e in value.elements):
        return None
    texts = [literal_value(e.value) for e in value.elements if literal_value(e.key) == key]
    if len(texts) != 1 or not isinstance(texts[0], str) or not texts[0]:
        return None
    return texts[0]
