"""What a test on a key's name says of each key it could be.

Code that shows a mapping masks its secrets by their keys' names: `for k, v in
cfg.items(): print(k, "***" if "key" in k.lower() else v)`. Where the rules know the
names of the fields that hold a secret (the structure's labels), the test is read as
Python would run it, once per such name: a branch that no secret's field can reach holds
none of them. A test this module cannot run exactly (a call of the project's own
predicate, a regular expression) says nothing, and nothing is cleaned.
"""

from __future__ import annotations

from typing import Callable, Optional

from modelred_lint.lazy import cst
from modelred_lint.names import literal_value

# String methods a key is read through (their result for the key's name is computed).
_CASE_METHODS = {"lower": str.lower, "upper": str.upper, "casefold": str.casefold, "strip": str.strip,
                 "lstrip": str.lstrip, "rstrip": str.rstrip}
_AFFIX_METHODS = {"startswith": str.startswith, "endswith": str.endswith}

_UNKNOWN = object()


def key_test(test, key: str, field: str, constant: Callable[[str], object]) -> Optional[bool]:
    """The test's truth where the name `key` holds the text `field`, or None when the
    test reads something else than that name, literals and the module's constants
    (`constant(name)`: the expression a module constant is bound to, or None)."""
    value = _value(test, {key: field}, constant)
    return None if value is _UNKNOWN else bool(value)


def _value(node, names: dict, constant):
    kind = type(node)
    if kind is cst.Name:
        if node.value in names:
            return names[node.value]
        bound = constant(node.value)
        return _UNKNOWN if bound is None else _literal(bound)
    if kind is cst.UnaryOperation and type(node.operator) is cst.Not:
        inner = _value(node.expression, names, constant)
        return _UNKNOWN if inner is _UNKNOWN else not inner
    if kind is cst.BooleanOperation:
        left = _value(node.left, names, constant)
        right = _value(node.right, names, constant)  # (both read: an unknown right is unknown)
        if left is _UNKNOWN or right is _UNKNOWN:
            return _UNKNOWN
        return (left and right) if type(node.operator) is cst.And else (left or right)
    if kind is cst.Comparison and len(node.comparisons) == 1:
        return _compare(node, names, constant)
    if kind is cst.Call:
        return _call(node, names, constant)
    return _literal(node)


def _literal(node):
    """A literal text, or a tuple, list or set display of literal texts (as a tuple)."""
    if type(node) in (cst.Tuple, cst.List, cst.Set):
        items = tuple(literal_value(e.value) for e in node.elements if type(e) is not cst.StarredElement)
        if len(items) != len(node.elements) or not all(isinstance(i, str) for i in items):
            return _UNKNOWN
        return items
    value = literal_value(node)
    return value if isinstance(value, str) else _UNKNOWN


def _compare(node, names: dict, constant):
    comparison = node.comparisons[0]
    operator = type(comparison.operator)
    if operator not in (cst.In, cst.NotIn, cst.Equal, cst.NotEqual):
        return _UNKNOWN
    left = _value(node.left, names, constant)
    right = _value(comparison.comparator, names, constant)
    if left is _UNKNOWN or right is _UNKNOWN:
        return _UNKNOWN
    if operator is cst.Equal:
        return left == right
    if operator is cst.NotEqual:
        return left != right
    if not isinstance(left, str):
        return _UNKNOWN
    held = left in right
    return held if operator is cst.In else not held


def _call(node, names: dict, constant):
    func = node.func
    if type(func) is cst.Attribute:
        method = func.attr.value
        subject = _value(func.value, names, constant)
        if not isinstance(subject, str):
            return _UNKNOWN
        if method in _CASE_METHODS and not node.args:
            return _CASE_METHODS[method](subject)
        if method in _AFFIX_METHODS and len(node.args) == 1 and not node.args[0].keyword:
            affix = _value(node.args[0].value, names, constant)
            if isinstance(affix, (str, tuple)):
                return _AFFIX_METHODS[method](subject, affix)
        return _UNKNOWN
    if type(func) is cst.Name and func.value in ("any", "all") and len(node.args) == 1 \
            and type(node.args[0].value) is cst.GeneratorExp:
        # any(word in k.lower() for word in SECRET_WORDS): the element read once per word
        generator = node.args[0].value
        loop = generator.for_in
        if loop.inner_for_in is not None or loop.ifs or type(loop.target) is not cst.Name \
                or loop.target.value in names:
            return _UNKNOWN
        words = _value(loop.iter, names, constant)
        if not isinstance(words, tuple):
            return _UNKNOWN
        results = []
        for word in words:
            inner = _value(generator.elt, {**names, loop.target.value: word}, constant)
            if inner is _UNKNOWN:
                return _UNKNOWN
            results.append(bool(inner))
        return any(results) if func.value == "any" else all(results)
    return _UNKNOWN
