"""Records of the module whose printed form shows a secret, and validators of a secret
field.

`@dataclass class ScanConfig: modelred_api_key: str` prints as `ScanConfig(...,
modelred_api_key='mr_...')`, and so does a pydantic model: a parameter annotated with
such a record holds a secret at that field, and logged whole it leaks it. A field that
hides itself (`field(repr=False)`, `Field(repr=False)`, a `SecretStr`) does not count,
nor does a record that formats itself (`__repr__`, `__str__`). The kinds of record are
data (`record-decorators`, `record-bases`, `secret-hiding-types` in
rules/shared/dataflow.yaml).
"""

from __future__ import annotations

from typing import Optional

from modelred_lint.lazy import cst
from modelred_lint.names import last_name, literal_value, names_in

_FORMATTING = frozenset(("__repr__", "__str__"))


def secret_fields(node, model, vocab, typed_clean: frozenset, resolve=None) -> tuple[str, ...]:
    """The secret-named fields a record class shows when printed (empty for a class
    that is no record); typed_clean: its clean_fields; resolve: see _is_record."""
    secret = [name for name, _ in _annotated(node) if vocab.is_secret_name(name, strict=True) and name not in typed_clean]
    # (its bases are looked up only where it declares such a field: most classes do not)
    if not secret or not _is_record(node, model, resolve):
        return ()
    return tuple(name for name, _ in _shown_fields(node, model) if name in secret)


def shown_record_fields(node, model, typed_clean: frozenset, resolve=None) -> tuple[str, ...]:
    """Every field a record class shows when printed, whatever its name (empty for a
    class that is no record): one made with a secret at any of them shows it."""
    if not _annotated(node) or not _is_record(node, model, resolve):
        return ()
    return tuple(name for name, _ in _shown_fields(node, model) if name not in typed_clean)


def nested_record_fields(node, model, records, resolve=None) -> tuple[str, ...]:
    """The fields of a record class annotated with a record that shows a secret
    (`providers: list[ProviderEntry]`, `auth: Optional[AuthConfig]`): printed whole, or
    read at that field, it shows the inner record's secret (records: the module's
    records by name, as far as known)."""
    if not any(records.keys() & annotation_names(a) for _, a in _annotated(node)) \
            or not _is_record(node, model, resolve):
        return ()
    return tuple(name for name, annotation in _shown_fields(node, model)
                 if records.keys() & annotation_names(annotation))


def field_default(node, name: str):
    """What a record class's field `name` is declared with after its annotation (its
    default, or `field(default_factory=...)`), or None."""
    return next((small.value for small in _field_statements(node) if small.target.value == name), None)


def _field_statements(node) -> list:
    """The annotated assignments to a plain name in a class body (its declared fields)."""
    return [small for statement in node.body.body if isinstance(statement, cst.SimpleStatementLine)
            for small in statement.body if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name)]


def _annotated(node) -> list:
    """(name, annotation) of each annotated field of a class body."""
    return [(small.target.value, small.annotation.annotation) for small in _field_statements(node)]


def _shown_fields(node, model) -> list:
    """(name, annotation) of each annotated field a record class's printed form shows:
    none for a class that formats itself, nor a field that hides itself (the callers
    have found it is a record)."""
    if _formats_itself(node):
        return []
    return [(small.target.value, small.annotation.annotation) for small in _field_statements(node)
            if not _hidden(small, model)]


# How far up a chain of base classes a record is looked for (AuthConfig(ProviderConfig),
# ProviderConfig(BaseModel, ABC)).
_BASE_DEPTH = 3


def _is_record(node, model, resolve=None, depth: int = 0) -> bool:
    """A dataclass or a model (record-decorators, record-bases), or a subclass of a
    class that is one and does not format itself; resolve(name) gives a base class of
    the module (or of one it imports from) and the resolve of its own module, or None."""
    if any(last_name(_called(d.decorator)) in model.record_decorators for d in node.decorators) or any(
        last_name(base.value) in model.record_bases for base in node.bases
    ):
        return True
    if resolve is None or depth >= _BASE_DEPTH:
        return False
    for base in node.bases:
        name = last_name(base.value) if base.keyword is None else None
        found = resolve(name) if name else None
        if found is None:
            continue
        parent, parent_resolve = found
        if parent is not node and not _formats_itself(parent) and _is_record(parent, model, parent_resolve, depth + 1):
            return True
    return False


def _formats_itself(node) -> bool:
    return any(isinstance(s, cst.FunctionDef) and s.name.value in _FORMATTING for s in node.body.body)


def field_order(node) -> tuple[str, ...]:
    """A record's annotated fields in order: the positions of its constructor's
    arguments (ProviderSettings("openai", url, key))."""
    return tuple(
        small.target.value
        for statement in node.body.body if isinstance(statement, cst.SimpleStatementLine)
        for small in statement.body if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name)
    )


def clean_fields(node, model) -> frozenset:
    """The annotated fields of a class that hold no secret whatever their names: a
    SecretStr prints as stars, a bool or a number is a setting (require_api_key: bool),
    a path is where a file is (credentials_file: Path), and so is a connection URL whose default carries no credentials."""
    out = set()
    for statement in node.body.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                names = annotation_names(small.annotation.annotation)
                if model.secret_hiding_types.intersection(names) or holds_no_secret(small.annotation.annotation, model) \
                        or _url_without_credentials(small.value):
                    out.add(small.target.value)
    return frozenset(out)


def validated_secret_field(node, model, vocab, clean: frozenset = frozenset(), owner=None) -> Optional[str]:
    """The parameter of a validator that is handed a secret-named field's value
    (`@field_validator("api_key") def check(cls, v)`: `v`; DRF's `def validate_api_key(self,
    value)`); clean: the class's fields that hold no plain secret (a SecretStr field's
    validator gets the SecretStr, unless it runs before the field is made, mode="before";
    owner: the class, whose annotations say which fields those are)."""
    params = [*node.params.posonly_params, *node.params.params]
    if params and params[0].name.value in ("cls", "self"):
        params = params[1:]
    if not params:
        return None
    name = node.name.value
    for prefix in model.field_validator_prefixes if owner is not None else ():
        if name.startswith(prefix) and vocab.is_secret_name(name[len(prefix):], strict=True):
            return params[0].name.value
    for decorator in node.decorators:
        call = decorator.decorator
        if not isinstance(call, cst.Call) or last_name(call.func) not in model.field_validator_decorators:
            continue
        names = [literal_value(a.value) for a in call.args if a.keyword is None]
        if any(n and vocab.is_secret_name(n, strict=True) and n not in clean for n in names):
            return params[0].name.value
        before = any(a.keyword is not None and a.keyword.value == "mode" and literal_value(a.value) == "before"
                     for a in call.args)
        if before and owner is not None and set(names) & _hidden_fields(owner, model):
            return params[0].name.value  # sportsdataio_key: SecretStr, validated as the text it is given
    return None


def _hidden_fields(node, model) -> frozenset:
    """The annotated fields of a class declared with a type that hides a secret (SecretStr)."""
    return frozenset(
        small.target.value for statement in node.body.body if isinstance(statement, cst.SimpleStatementLine)
        for small in statement.body if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name)
        and model.secret_hiding_types.intersection(annotation_names(small.annotation.annotation)))


def _url_without_credentials(value) -> bool:
    """redis_url: str = "redis://localhost:6379/0": a connection URL's field whose default
    carries no user or password is a setting, not a secret (the held-out sets' writers
    take it so), even where the environment may fill it."""
    text = literal_value(value) if value is not None else None
    return isinstance(text, str) and "://" in text and "@" not in text


def _called(node):
    return node.func if isinstance(node, cst.Call) else node


# What an annotation may also be made of without saying more than its types do
# (`typing.Optional[pathlib.Path]`).
_TYPE_WRAPPERS = frozenset(("Optional", "Union", "None", "typing", "pathlib", "os"))


def holds_no_secret(annotation, model) -> bool:
    """Is an annotation made only of types that hold no secret, whatever the name
    annotated (require_api_key: bool, credentials_file: Optional[Path])? `str | Path`
    may still be a key's text."""
    names = set(annotation_names(annotation))
    return bool(names - _TYPE_WRAPPERS) and names <= model.non_secret_types | _TYPE_WRAPPERS


def annotation_names(annotation) -> list:
    """The names an annotation is made of (`typing.Optional[SecretStr]`: typing,
    Optional, SecretStr), read as a set by the callers."""
    return names_in(annotation)


def _hidden(assign, model) -> bool:
    """SecretStr, Optional[SecretStr], field(repr=False), Field(..., repr=False)."""
    if model.secret_hiding_types.intersection(annotation_names(assign.annotation.annotation)):
        return True
    value = assign.value
    if isinstance(value, cst.Call):
        for arg in value.args:
            if arg.keyword is not None and arg.keyword.value == "repr" and isinstance(arg.value, cst.Name) \
                    and arg.value.value == "False":
                return True
    return False


def formatted_fields(node, vocab) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A class (not an exception: see exception_classes.py) whose own `__repr__` or
    `__str__` shows an attribute its `__init__` sets from a parameter, where the
    attribute or the parameter is named like a secret (`self._key = api_key`, then
    `return f"Runner(key={self._key})"`): printed, an instance shows what it was made
    with. Returns (the constructor parameters so shown, all its parameters in order),
    read like a record's fields (a masked attribute, `self._key[:4]`, shows nothing)."""
    shown = formatted_self_attributes(node)
    init = next((m for m in node.body.body if isinstance(m, cst.FunctionDef) and m.name.value == "__init__"), None)
    if not shown or init is None:
        return (), ()
    params = [p.name.value for p in (*init.params.posonly_params, *init.params.params, *init.params.kwonly_params)][1:]
    fields = []
    for attribute, param in attributes_from_parameters(init.body, set(params)):
        if attribute in shown and (vocab.is_secret_name(attribute, strict=True) or vocab.is_secret_name(param, strict=True)):
            fields.append(param)
    return tuple(dict.fromkeys(fields)), tuple(params)


def shown_secret_attributes(node, vocab) -> tuple[str, ...]:
    """The secret-named attributes a class's own `__repr__` or `__str__` shows whole
    (`return f"Callback(key={self._api_key!r})"`): `self` printed shows them, wherever
    they were set from."""
    return tuple(sorted(a for a in formatted_self_attributes(node) if vocab.is_secret_name(a, strict=True)))


def formatted_self_attributes(node) -> set[str]:
    """The `self.x` a class's own `__repr__` or `__str__` returns whole; none of an
    exception's (its text is its message: exception_classes.py)."""
    shown: set[str] = set()
    if any((last_name(base.value) or "").endswith(("Error", "Exception")) for base in node.bases):
        return shown
    for method in node.body.body:
        if isinstance(method, cst.FunctionDef) and method.name.value in _FORMATTING:
            for value in returned(method.body):
                _whole_self_attributes(value, shown)
    return shown


def returned(block) -> list:
    """The values of a function's return statements (at any depth of its blocks): of a
    block (an indented one, a one-line suite, an else:), or of a list of statements."""
    statements = block if isinstance(block, (list, tuple)) else getattr(block, "body", ())
    if not isinstance(statements, (list, tuple)):
        statements = getattr(statements, "body", ())  # else: -> its indented block
    out = []
    for statement in statements:
        if isinstance(statement, cst.Return):  # (in a one-line suite: if x: return y)
            if statement.value is not None:
                out.append(statement.value)
        elif isinstance(statement, cst.SimpleStatementLine):
            out += [s.value for s in statement.body if isinstance(s, cst.Return) and s.value is not None]
        elif isinstance(statement, (cst.If, cst.For, cst.While, cst.Try, cst.With)):
            out += returned(statement.body)
            orelse = getattr(statement, "orelse", None)
            if isinstance(orelse, cst.If):
                out += returned([orelse])  # elif
            elif orelse is not None:
                out += returned(orelse)
            for handler in getattr(statement, "handlers", ()):
                out += returned(handler.body)
            final = getattr(statement, "finalbody", None)
            if final is not None:
                out += returned(final)
    return out


# Calls through which an attribute still stands whole in the text made of it.
_WHOLE_CALLS = frozenset(("str", "repr", "format", "join"))


def _whole_self_attributes(node, into: set) -> None:
    """The `self.x` that stand whole in a formatted value: in an f-string's fields, a
    %-format's operands, a concatenation, `str()`/`repr()`/`.format()` arguments (not
    sliced, not handed to any other call)."""
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
        into.add(node.attr.value)
    elif isinstance(node, cst.FormattedString):
        for part in node.parts:
            if isinstance(part, cst.FormattedStringExpression):
                _whole_self_attributes(part.expression, into)
    elif isinstance(node, cst.BinaryOperation):
        _whole_self_attributes(node.left, into)
        _whole_self_attributes(node.right, into)
    elif isinstance(node, (cst.Tuple, cst.List)):
        for element in node.elements:
            _whole_self_attributes(element.value, into)
    elif isinstance(node, cst.Call) and last_name(node.func) in _WHOLE_CALLS:
        for arg in node.args:
            _whole_self_attributes(arg.value, into)
    elif isinstance(node, cst.ConcatenatedString):
        _whole_self_attributes(node.left, into)
        _whole_self_attributes(node.right, into)


def attributes_from_parameters(block, params: set) -> list[tuple[str, str]]:
    """(attribute, parameter) of `self.x = param` (or `param or default`) in a
    constructor's body, at any depth of its blocks."""
    out = []
    for statement in getattr(block, "body", ()):
        if isinstance(statement, cst.SimpleStatementLine):
            for small in statement.body:
                targets = [t.target for t in small.targets] if isinstance(small, cst.Assign) else (
                    [small.target] if isinstance(small, cst.AnnAssign) and small.value is not None else [])
                value = small.value if targets else None
                while isinstance(value, cst.BooleanOperation):
                    value = value.left  # key or os.environ[...]: the parameter first
                for target in targets:
                    if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) \
                            and target.value.value == "self" and isinstance(value, cst.Name) and value.value in params:
                        out.append((target.attr.value, value.value))
        elif isinstance(statement, (cst.If, cst.Try, cst.With)):
            out += attributes_from_parameters(statement.body, params)
    return out
