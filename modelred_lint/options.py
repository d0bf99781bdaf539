"""Typed rule options: a rule declares each option it reads (name, type, default,
allowed values, documentation) and configuration validates the user's value against
that declaration, whatever file it came from (TOML or YAML).

A value type checks a value and says what form it expects; `Option.validate` turns a
bad value into one message that names the setting and the expected form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Optional, Sequence


class OptionError(ValueError):
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
            raise OptionError(f"{where} must be {self.describe()}")
        return value

    def describe(self) -> str:
        return "a non-empty string" if self.non_empty else "a string"


class Choice(ValueType):
    def __init__(self, *values: str) -> None:
        self.values = values

    def check(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or value not in self.values:
            raise OptionError(f"{where} must be {self.describe()}, not {_shown(value)}")
        return value

    def describe(self) -> str:
        return "one of " + ", ".join(f'"{v}"' for v in self.values)


class Strings(ValueType):
    """A list of strings; a single string is taken as a list of one."""

    def check(self, value: Any, where: str) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise OptionError(f"{where} must be {self.describe()}")
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
            raise OptionError(f"{where} is not a valid regular expression ({exc.msg})") from None
        reason = _regex_hazard(value)
        if reason:
            raise OptionError(f"{where} could take exponential time on hostile input: {reason}")
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
            raise OptionError(f"{where} must be {self.describe()}")
        out = []
        for index, entry in enumerate(value):
            label = f"{where}[{index}]"
            if not isinstance(entry, dict):
                raise OptionError(f"{label} must be a table {self._form()}")
            unknown = sorted(set(map(str, entry)) - set(self.fields))
            if unknown:
                raise OptionError(f"{label}: unknown field {unknown[0]!r} (fields: {', '.join(self.fields)})")
            missing = [name for name in self.required if name not in entry]
            if missing:
                raise OptionError(f"{label}: missing field {missing[0]!r}; expected {self._form()}")
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


@dataclass(frozen=True, eq=False)
class Option:
    """One setting a rule reads. Its validated value (or the default) reaches the rule
    through the plan's options, read with `option.value(options)`."""

    name: str
    type: ValueType
    default: Any
    doc: str
    example: str = ""  # a TOML value, shown in the documentation
    rules: tuple[str, ...] = field(default=())  # set by the registry: the rules that read it

    def validate(self, value: Any, where: str) -> Any:
        return self.type.check(value, f"{where}: {self.name}")

    def value(self, options: Mapping[str, Any]) -> Any:
        return options.get(self.name, self.default)

    def describe(self) -> str:
        return self.type.describe()


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
