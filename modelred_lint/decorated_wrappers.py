"""What a decorator's wrapper is handed: the keywords of the functions it decorates.

    def with_retries(attempts=3):
        def decorate(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                ...
                log.debug("%s called with %s", fn.__name__, kwargs)

    @with_retries(attempts=4)
    def generate(*, model, api_key=None): ...

`kwargs` in the wrapper is what each call of `generate` was given: its `api_key` among
them. Printed whole, it shows the key. The rules read that from the module's own text:
the decorated functions' parameters named like a secret, and the keywords their calls in
the module pass that are named like one or that are dicts holding one
(`get_json(url, headers={"X-Subscription-Token": api_key})`). Only functions of the
module decorated by a function of the module count: a library's decorator is not read.
"""

from __future__ import annotations

from modelred_lint.lazy import cst
from modelred_lint.names import last_name, literal_value
from modelred_lint.node_walk import descendants
from modelred_lint.secret_uses import names_a_secret


def wrapper_keywords(module, vocab) -> dict[int, tuple[str, frozenset[str]]]:
    """For each wrapper (a function with `**kwargs` nested in a top-level function that
    decorates a function of the module), by its node's id: the name of its `**`
    parameter and the secret-named fields it may hold."""
    decorated: dict[str, list] = {}  # decorator's name -> the functions it decorates
    for node in _functions(module):
        for decorator in node.decorators:
            used = decorator.decorator
            name = last_name(used.func if type(used) is cst.Call else used)
            if name:
                decorated.setdefault(name, []).append(node)
    decorators = [s for s in module.body if type(s) is cst.FunctionDef and s.name.value in decorated]
    if not decorators:
        return {}
    out: dict[int, tuple[str, frozenset[str]]] = {}
    calls = None
    for decorator in decorators:
        wrappers = [n for n in descendants(decorator.body) if type(n) is cst.FunctionDef
                    and type(n.params.star_kwarg) is cst.Param]
        if not wrappers:
            continue
        functions = decorated[decorator.name.value]
        fields = {p.name.value for f in functions for p in _params(f) if names_a_secret(vocab, p.name.value)}
        if calls is None:
            calls = [n for n in descendants(module) if type(n) is cst.Call]
        names = {f.name.value for f in functions}
        for call in calls:
            if last_name(call.func) not in names:
                continue
            for arg in call.args:
                if arg.keyword is None or type(arg.value) in (cst.SimpleString, cst.Integer):
                    continue  # (a constant is no secret: api_key="test" in a docs example)
                keyword = arg.keyword.value
                if names_a_secret(vocab, keyword) or (type(arg.value) is cst.Dict and any(
                        type(e) is cst.DictElement and isinstance(literal_value(e.key), str)
                        and names_a_secret(vocab, literal_value(e.key)) for e in arg.value.elements)):
                    fields.add(keyword)  # api_key=key; headers={"X-Subscription-Token": key}
        if fields:
            for wrapper in wrappers:
                out[id(wrapper)] = (wrapper.params.star_kwarg.name.value, frozenset(fields))
    return out


def _functions(module):
    """The module's functions and its classes' methods (top level)."""
    for statement in module.body:
        if type(statement) is cst.FunctionDef:
            yield statement
        elif type(statement) is cst.ClassDef:
            yield from (s for s in statement.body.body if type(s) is cst.FunctionDef)


def _params(function):
    params = function.params
    return (*params.posonly_params, *params.params, *params.kwonly_params)
