"""Typed rule options: a rule declares each option it reads (name, type, default,
allowed values, documentation) and configuration validates the user's value against
that declaration, whatever file it came from (TOML or YAML). The types are those of
modelred_lint/schema.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from modelred_lint.schema import ValueType


@dataclass(frozen=True, eq=False)
class Option:
    """One setting a rule reads. Its validated value (or the default) reaches the rule
    through the plan's options, read with `option.value(options)`."""

    name: str
    type: ValueType
    default: Any
    doc: str
    example: str = ""  # a TOML value, shown in the documentation
    # The rules it concerns; left empty, the registry fills in the codes of the rule
    # classes that list the option.
    rules: tuple[str, ...] = field(default=())

    def validate(self, value: Any, where: str) -> Any:
        return self.type.check(value, f"{where}: {self.name}")

    def value(self, options: Mapping[str, Any]) -> Any:
        return options.get(self.name, self.default)

    def describe(self) -> str:
        return self.type.describe()
