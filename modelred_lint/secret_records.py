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


def secret_fields(node, model, vocab, typed_clean: frozenset) -> tuple[str, ...]:
    """The secret-named fields a record class shows when printed (empty for a class
    that is no record); typed_clean: its clean_fields."""
    is_record = any(last_name(_called(d.decorator)) in model.record_decorators for d in node.decorators) or any(
        last_name(base.value) in model.record_bases for base in node.bases
    )
    if not is_record:
        return ()
    fields = []
    for statement in node.body.body:
        if isinstance(statement, cst.FunctionDef) and statement.name.value in _FORMATTING:
            return ()
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if not isinstance(small, cst.AnnAssign) or not isinstance(small.target, cst.Name):
                continue
            name = small.target.value
            if not vocab.is_secret_name(name, strict=True) or _hidden(small, model) or name in typed_clean:
                continue
            fields.append(name)
    return tuple(fields)


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
    SecretStr prints as stars, a bool or a number is a setting (require_api_key: bool)."""
    out = set()
    for statement in node.body.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                names = annotation_names(small.annotation.annotation)
                if model.secret_hiding_types.intersection(names) or (
                    names and set(names) <= model.non_secret_types | {"Optional", "None"}
                ):
                    out.add(small.target.value)
    return frozenset(out)


def validated_secret_field(node, model, vocab, clean: frozenset = frozenset()) -> Optional[str]:
    """The parameter of a validator that is handed a secret-named field's value
    (`@field_validator("api_key") def check(cls, v)`: `v`); clean: the class's fields
    that hold no plain secret (a SecretStr field's validator gets the SecretStr)."""
    for decorator in node.decorators:
        call = decorator.decorator
        if not isinstance(call, cst.Call) or last_name(call.func) not in model.field_validator_decorators:
            continue
        names = [literal_value(a.value) for a in call.args if a.keyword is None]
        if any(n and vocab.is_secret_name(n, strict=True) and n not in clean for n in names):
            params = [*node.params.posonly_params, *node.params.params]
            if params and params[0].name.value in ("cls", "self"):
                params = params[1:]
            return params[0].name.value if params else None
    return None


def _called(node):
    return node.func if isinstance(node, cst.Call) else node


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
