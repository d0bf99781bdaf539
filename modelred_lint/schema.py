"""Typed values: the forms a setting or a catalogue entry may take. A type checks a
value (raising SchemaError with a message that names where the value stands and what
form was expected) and describes its form for the documentation.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping, Optional, Sequence


class SchemaError(ValueError):
    """A value that does not have the declared form; the message says what is expected."""


class ValueType:
    """A declared form of value."""

    def check(self, value: Any, where: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def describe(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError


class Text(ValueType):
    def __init__(self, non_empty: bool = True) -> None:
        self.non_empty = non_empty

    def check(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or (self.non_empty and not value):
            raise SchemaError(f"{where} must be {self.describe()}")
        return value

    def describe(self) -> str:
        return "a non-empty string" if self.non_empty else "a string"


class Choice(ValueType):
    def __init__(self, *values: str) -> None:
        self.values = values

    def check(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or value not in self.values:
            raise SchemaError(f"{where} must be {self.describe()}, not {_shown(value)}")
        return value

    def describe(self) -> str:
        return "one of " + ", ".join(f'"{v}"' for v in self.values)


class Strings(ValueType):
    """A list of strings; a single string is taken as a list of one."""

    def check(self, value: Any, where: str) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise SchemaError(f"{where} must be {self.describe()}")
        return tuple(value)

    def describe(self) -> str:
        return "a list of strings"


class Regex(ValueType):
    """A regular expression that compiles and runs in linear time on hostile input
    (the tool reads code from pull requests). The pattern is never echoed whole: a
    user's key pattern may hold part of a key."""

    def check(self, value: Any, where: str) -> str:
        Text().check(value, where)
        try:
            re.compile(value)
        except re.error as exc:
            raise SchemaError(f"{where} is not a valid regular expression ({exc.msg})") from None
        reason = _regex_hazard(value)
        if reason:
            raise SchemaError(f"{where} is unsafe on hostile input: {reason}")
        return value

    def describe(self) -> str:
        return "a regular expression"


def _regex_hazard(pattern: str) -> Optional[str]:
    try:
        from modelred_lint.regex_safety import check_pattern
    except ImportError:  # the checker lands separately; until then only compiling is checked
        return None
    return check_pattern(pattern)


class Tables(ValueType):
    """A list of tables with declared fields; `check` may test a table as a whole."""

    def __init__(
        self,
        fields: Mapping[str, ValueType],
        required: Sequence[str],
        check: Optional[Callable[[dict, str], None]] = None,
    ) -> None:
        self.fields = dict(fields)
        self.required = tuple(required)
        self.whole = check

    def check(self, value: Any, where: str) -> tuple[dict, ...]:
        if not isinstance(value, list):
            raise SchemaError(f"{where} must be {self.describe()}")
        out = []
        for index, entry in enumerate(value):
            label = f"{where}[{index}]"
            if not isinstance(entry, dict):
                raise SchemaError(f"{label} must be a table {self._form()}")
            unknown = sorted(set(map(str, entry)) - set(self.fields))
            if unknown:
                raise SchemaError(f"{label}: unknown field {unknown[0]!r} (fields: {', '.join(self.fields)})")
            missing = [name for name in self.required if name not in entry]
            if missing:
                raise SchemaError(f"{label}: missing field {missing[0]!r}; expected {self._form()}")
            checked = {name: self.fields[name].check(v, f"{label}.{name}") for name, v in entry.items()}
            if self.whole is not None:
                self.whole(checked, label)
            out.append(checked)
        return tuple(out)

    def _form(self) -> str:
        parts = []
        for name, kind in self.fields.items():
            optional = "" if name in self.required else " (optional)"
            parts.append(f"{name} = {kind.describe()}{optional}")
        return "{ " + ", ".join(parts) + " }"

    def describe(self) -> str:
        return f"a list of tables {self._form()}"



class Integer(ValueType):
    def check(self, value: Any, where: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise SchemaError(f"{where} must be {self.describe()}")
        return value

    def describe(self) -> str:
        return "a whole number"


class Number(ValueType):
    def check(self, value: Any, where: str) -> float:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise SchemaError(f"{where} must be {self.describe()}")
        return value

    def describe(self) -> str:
        return "a number"


class Flag(ValueType):
    def check(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise SchemaError(f"{where} must be true or false")
        return value

    def describe(self) -> str:
        return "true or false"


class Anything(ValueType):
    def check(self, value: Any, where: str) -> Any:
        return value

    def describe(self) -> str:
        return "any value"


class Nullable(ValueType):
    """A value of a type, or nothing (YAML's null)."""

    def __init__(self, inner: ValueType) -> None:
        self.inner = inner

    def check(self, value: Any, where: str) -> Any:
        return None if value is None else self.inner.check(value, where)

    def describe(self) -> str:
        return f"{self.inner.describe()} or nothing"


class Table(ValueType):
    """One table with declared fields; an unknown (or misspelt) field is an error."""

    def __init__(self, fields: Mapping[str, ValueType], required: Sequence[str] = ()) -> None:
        self.fields = dict(fields)
        self.required = tuple(required)

    def check(self, value: Any, where: str) -> dict:
        if not isinstance(value, dict):
            raise SchemaError(f"{where} must be a table")
        unknown = sorted(set(map(str, value)) - set(self.fields))
        if unknown:
            raise SchemaError(f"{where}: unknown field {unknown[0]!r} (fields: {', '.join(self.fields)})")
        missing = [name for name in self.required if name not in value]
        if missing:
            raise SchemaError(f"{where}: missing field {missing[0]!r}")
        return {name: self.fields[name].check(v, f"{where}.{name}") for name, v in value.items()}

    def describe(self) -> str:
        return "a table"


class ListOf(ValueType):
    def __init__(self, item: ValueType) -> None:
        self.item = item

    def check(self, value: Any, where: str) -> list:
        if not isinstance(value, list):
            raise SchemaError(f"{where} must be a list")
        return [self.item.check(v, f"{where}[{i}]") for i, v in enumerate(value)]

    def describe(self) -> str:
        return f"a list of {self.item.describe()}"


class MapOf(ValueType):
    """A table whose keys are free and whose values have one form."""

    def __init__(self, value: ValueType) -> None:
        self.value = value

    def check(self, value: Any, where: str) -> dict:
        if not isinstance(value, dict):
            raise SchemaError(f"{where} must be a table")
        return {k: self.value.check(v, f"{where}.{k}") for k, v in value.items()}

    def describe(self) -> str:
        return f"a table of {self.value.describe()}"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
