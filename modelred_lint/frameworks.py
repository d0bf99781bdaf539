"""MR010's framework knowledge (rules/shared/frameworks.yaml plus the user's options), kept
free of LibCST like flow_model.py: entry-point shapes, extra sources, and what the
frameworks validate before a handler runs. Built once per catalogue and options (the
plan's objects live as long as a run), not once per file."""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from modelred_lint.flow_model import (
    EXTRA_ENTRYPOINT_CLASSES,
    EXTRA_ENTRYPOINT_DECORATORS,
    EXTRA_UNTRUSTED_SOURCES,
    EXTRA_VALIDATED_TYPES,
)


@dataclass(frozen=True)
class Registration:
    """A call that makes a function of the module an entry point (see frameworks.yaml)."""

    modules: tuple[str, ...]
    calls: frozenset[str]
    function: Optional[int]
    keyword: str
    route: Optional[int] = None
    route_keyword: Optional[str] = None
    inputs: Optional[int] = None
    inputs_keyword: Optional[str] = None


@dataclass(frozen=True)
class FrameworkModel:
    entrypoint_decorators: frozenset[str]
    entrypoint_methods: Mapping[str, frozenset[str]]  # base class -> methods that are entry points
    registrations: tuple[Registration, ...]
    registration_calls: frozenset[str]
    signatures: tuple[tuple[tuple[frozenset[str], ...], frozenset[str]], ...]
    request_types: frozenset[str]
    untrusted_calls: tuple[str, ...]  # qualname patterns
    untrusted_attributes: tuple[str, ...]
    choice_calls: tuple[tuple[tuple[str, ...], int, str], ...]
    exiting_calls: tuple[str, ...]
    typed_modules: tuple[str, ...]
    validated_types: frozenset[str]
    choice_types: frozenset[str]
    enum_bases: frozenset[str]
    container_types: frozenset[str]
    constraint_calls: frozenset[str]
    constraint_keywords: frozenset[str]
    validator_calls: frozenset[str]
    dependency_calls: frozenset[str]
    raising_conversions: frozenset[str]
    model_bases: frozenset[str]
    field_validator_decorators: frozenset[str]
    model_parsers: frozenset[str]
    serializer_bases: frozenset[str]
    validated_fields: frozenset[str]
    child_fields: Mapping[str, str]
    field_validating_keywords: frozenset[str]
    validated_attributes: frozenset[str]
    route_attributes: frozenset[str]
    plain_converters: frozenset[str]
    cli_option_calls: frozenset[str]
    cli_argument_calls: frozenset[str]
    cli_validated_types: frozenset[str]
    cli_validating_keywords: frozenset[str]
    cli_validating_actions: frozenset[str]
    cli_path_types: frozenset[str]
    list_parameters: frozenset[str]
    choice_components: tuple[tuple[tuple[str, ...], int, str], ...] = ()
    validated_components: tuple[str, ...] = ()
    plain_callables: frozenset[str] = frozenset()
    # The modules the widget patterns (`streamlit.*.text_input`) name.
    widget_modules: tuple[str, ...] = ()
    responder_methods: frozenset[str] = frozenset()
    route_name_first: tuple[str, ...] = ()
    untrusted_attribute_paths: tuple[str, ...] = ()  # ".function.arguments"
    # The last names of untrusted-calls and choice-calls: a call by any other name is
    # not looked up by qualname at all.
    source_call_names: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: Mapping[str, Any], options: Mapping[str, Any]) -> "FrameworkModel":
        def names(key: str) -> frozenset[str]:
            return frozenset(data.get(key, ()))

        methods: dict[str, set[str]] = {}
        for entry in (*data.get("entrypoint-classes", ()), *EXTRA_ENTRYPOINT_CLASSES.value(options)):
            for base in entry["bases"]:
                methods.setdefault(base, set()).update(entry["methods"])
        registrations = tuple(
            Registration(
                tuple(r["modules"]), frozenset(r["calls"]), r.get("function"), r["keyword"], r.get("route"),
                r.get("route-keyword"), r.get("inputs"), r.get("inputs-keyword"),
            )
            for r in data.get("registrations", ())
        )
        extra_sources = tuple(EXTRA_UNTRUSTED_SOURCES.value(options))
        untrusted_calls = tuple(data.get("untrusted-calls", ())) + extra_sources
        choice_calls = tuple((tuple(c["calls"]), c["options"], c["keyword"]) for c in data.get("choice-calls", ()))
        source_call_names = frozenset(
            p.rsplit(".", 1)[-1] for p in (*untrusted_calls, *(p for c in choice_calls for p in c[0]))
        )
        return cls(
            entrypoint_decorators=names("entrypoint-decorators") | frozenset(EXTRA_ENTRYPOINT_DECORATORS.value(options)),
            entrypoint_methods={base: frozenset(m) for base, m in methods.items()},
            registrations=registrations,
            registration_calls=frozenset().union(*(r.calls for r in registrations)) if registrations else frozenset(),
            signatures=tuple(
                (tuple(frozenset(p) for p in s["parameters"]), frozenset(s["untrusted"]))
                for s in data.get("entrypoint-signatures", ())
            ),
            request_types=names("request-types"),
            untrusted_calls=untrusted_calls,
            untrusted_attributes=tuple(data.get("untrusted-attributes", ())) + extra_sources,
            choice_calls=choice_calls,
            exiting_calls=tuple(data.get("exiting-calls", ())),
            typed_modules=tuple(data.get("typed-modules", ())),
            validated_types=names("validated-types") | frozenset(EXTRA_VALIDATED_TYPES.value(options)),
            choice_types=names("choice-types"),
            enum_bases=names("enum-bases"),
            container_types=names("container-types"),
            constraint_calls=names("constraint-calls"),
            constraint_keywords=names("constraint-keywords"),
            validator_calls=names("validator-calls"),
            dependency_calls=names("dependency-calls"),
            raising_conversions=names("raising-conversions"),
            model_bases=names("model-bases"),
            field_validator_decorators=names("field-validator-decorators"),
            model_parsers=names("model-parsers"),
            serializer_bases=names("serializer-bases"),
            validated_fields=names("validated-fields"),
            child_fields=dict(data.get("child-fields", {})),
            field_validating_keywords=names("field-validating-keywords"),
            validated_attributes=names("validated-attributes"),
            route_attributes=names("route-attributes"),
            plain_converters=names("plain-converters"),
            cli_option_calls=names("cli-option-calls"),
            cli_argument_calls=names("cli-argument-calls"),
            cli_validated_types=names("cli-validated-types") | frozenset(EXTRA_VALIDATED_TYPES.value(options)),
            cli_validating_keywords=names("cli-validating-keywords"),
            cli_validating_actions=names("cli-validating-actions"),
            cli_path_types=names("cli-path-types"),
            list_parameters=names("list-parameters"),
            source_call_names=source_call_names,
            choice_components=tuple(
                (tuple(c["calls"]), c["options"], c["keyword"]) for c in data.get("choice-components", ())
            ),
            validated_components=tuple(data.get("validated-components", ())),
            plain_callables=names("plain-callables"),
            responder_methods=names("responder-methods"),
            route_name_first=tuple(data.get("route-name-first", ())),
            untrusted_attribute_paths=tuple("." + p for p in data.get("untrusted-attribute-paths", ())),
            widget_modules=tuple(sorted({
                p.split(".", 1)[0] for p in (*untrusted_calls, *(p for c in choice_calls for p in c[0])) if ".*." in p
            })),
        )

    def route_parameters(self, template: str, name_first: bool = False) -> dict[str, bool]:
        """{parameter: validated by its converter} of a route template: Flask/Django
        `<conv:name>` (Sanic, `name_first`: `<name:conv>`), a regular expression's named
        group `(?P<name>[0-9]+)`, Starlette/FastAPI/aiohttp/Azure/Falcon `{name:conv}` (a
        pattern there)."""
        found: dict[str, bool] = {}
        for match in _GROUP.finditer(template):
            found[match.group(1)] = match.group(2).strip() not in self.plain_converters
        template = _GROUP.sub("", template)
        for match in _ANGLE.finditer(template):
            if name_first:
                name, _, converter = match.group(1).partition(":")
            else:
                converter, _, name = match.group(1).rpartition(":")
            found[name.strip()] = bool(converter) and converter.split("(")[0].strip() not in self.plain_converters
        for match in _BRACE.finditer(template):
            name, _, converter = match.group(1).partition(":")
            name = name.strip().rstrip("?")
            found[name] = bool(converter) and converter.strip() not in self.plain_converters
        return found


# Route parameters: `<uuid:x>`, `<x>`; `{x}`, `{x:uuid}`, `{x:[a-z]{1,40}}` (a brace
# pattern may hold one level of braces: a repeat count).
_ANGLE = re.compile(r"<([^<>]+)>")
_GROUP = re.compile(r"\(\?P<(\w+)>([^()]*)\)")
_BRACE = re.compile(r"\{((?:[^{}]|\{[^{}]*\})+)\}")


def matches_qualname(qualname: Optional[str], patterns: tuple[str, ...]) -> bool:
    return bool(qualname) and _matches(qualname, patterns)


@functools.lru_cache(maxsize=4096)
def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) for p in patterns)


_MEMO: dict[tuple[int, int, int], tuple[Any, Any, Any, Any]] = {}


def with_frameworks(dataflow: Any, catalogue: Any, options: Mapping[str, Any]) -> Any:
    """The dataflow model joined with the framework model of a run's catalogue and
    options, built on the run's first file only (the plan's objects live as long as the
    run, so their identities key the memo)."""
    key = (id(dataflow), id(catalogue), id(options))
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is dataflow and hit[1] is catalogue and hit[2] is options:
        return hit[3]
    frameworks = FrameworkModel.from_data(catalogue.shared.get("frameworks", {}), options)
    joined = dataclasses.replace(dataflow, frameworks=frameworks)
    if len(_MEMO) >= 8:
        _MEMO.clear()
    _MEMO[key] = (dataflow, catalogue, options, joined)
    return joined
