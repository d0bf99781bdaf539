"""The rules, discovered: every `Rule` subclass defined in a module of
`modelred_lint.checks`, with the options and triggers it declares. Nothing lists the
rules by hand; adding a module (and its `rules/<ID>.yaml`) adds a rule.

Importing the rule modules does not import LibCST (see `modelred_lint.lazy`).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from dataclasses import replace
from types import ModuleType
from typing import Iterable, Mapping

from modelred_lint.options import Option
from modelred_lint.rule import Rule
from modelred_lint.schema import SchemaError, Table
from modelred_lint.triggers import Trigger


class RegistryError(Exception):
    """The rule modules contradict each other or the catalogue: a bug of the rules."""


@functools.lru_cache(maxsize=None)
def rule_classes() -> tuple[type[Rule], ...]:
    """Every rule class, in the order of its module's name (the walk calls them in
    this order; no rule depends on another's)."""
    from modelred_lint import checks

    found = []
    for info in sorted(pkgutil.iter_modules(checks.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{checks.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, ModuleType):
                continue  # (asking a lazy module for its class would load it)
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value is not Rule
                and value.__module__ == module.__name__
                and value.codes
            ):
                found.append(value)
    return tuple(found)


def implemented_codes() -> frozenset[str]:
    return frozenset(code for cls in rule_classes() for code in cls.codes)


def classes_for(codes: Iterable[str]) -> list[type[Rule]]:
    codes = set(codes)
    return [cls for cls in rule_classes() if codes.intersection(cls.codes)]


@functools.lru_cache(maxsize=None)
def options() -> Mapping[str, Option]:
    """Every declared option by name, each knowing the rules that read it."""
    readers: dict[str, list[str]] = {}
    by_name: dict[str, Option] = {}
    for cls in rule_classes():
        for option in cls.options:
            known = by_name.setdefault(option.name, option)
            if known is not option:
                raise RegistryError(f"two different options are named {option.name!r}")
            readers.setdefault(option.name, []).extend(cls.codes)
    out = {}
    for name, option in sorted(by_name.items()):
        stray = set(option.rules) - set(readers[name])
        if stray:
            raise RegistryError(f"option {name!r} names {', '.join(sorted(stray))}, whose rule class does not list it")
        out[name] = replace(option, rules=tuple(sorted(option.rules or set(readers[name]))))
    return out


def options_of(code: str) -> list[Option]:
    return [option for option in options().values() if code in option.rules]


def triggers_for(codes: Iterable[str], knowledge) -> dict[str, list[Trigger]]:
    """Each code's triggers (a code reported by two classes has two). An enabled code
    with none is a bug: without a trigger the prefilter could not know when to parse."""
    codes = set(codes)
    found: dict[str, list[Trigger]] = {}
    for cls in classes_for(codes):
        for code, trigger in cls.triggers(knowledge).items():
            if code not in cls.codes:
                raise RegistryError(f"{cls.__name__} declares a trigger for {code}, which it does not report")
            if code in codes:
                found.setdefault(code, []).append(trigger)
    missing = sorted(codes - set(found))
    if missing:
        raise RegistryError(f"no prefilter trigger declared for {', '.join(missing)}")
    return found


def check_against(catalogue) -> None:
    """Every catalogue rule has an implementation, every implemented code a catalogue
    entry, and each rule's `data:` holds only the fields its module reads."""
    if catalogue.fingerprint in _CHECKED:
        return
    _check(catalogue)
    _CHECKED.add(catalogue.fingerprint)


_CHECKED: set[str] = set()  # the catalogues (by their files' hash) found consistent


def _check(catalogue) -> None:
    catalogue_ids = set(catalogue.ids)
    implemented = implemented_codes()
    if catalogue_ids - implemented:
        raise RegistryError(f"no rule module reports {', '.join(sorted(catalogue_ids - implemented))}")
    if implemented - catalogue_ids:
        raise RegistryError(f"no rules/<ID>.yaml for {', '.join(sorted(implemented - catalogue_ids))}")
    for code in sorted(catalogue_ids):
        fields: dict = {}
        for cls in classes_for([code]):
            fields.update(cls.data_fields)
        try:
            Table(fields).check(dict(catalogue.rule(code).data), f"{code}.yaml: data")
        except SchemaError as exc:
            raise RegistryError(str(exc)) from None
