"""The dataflow rules' vocabulary (rules/shared/dataflow.yaml and the user's options),
kept free of LibCST so that it can be built, pickled and used before any parse."""

from __future__ import annotations

import fnmatch
import functools
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Optional


@dataclass(frozen=True)
class DataflowModel:
    """The dataflow vocabulary from rules/shared/dataflow.yaml plus user additions."""

    entrypoint_decorators: frozenset[str]
    request_names: frozenset[str]
    untrusted_calls: frozenset[str]
    untrusted_attributes: frozenset[str]
    validators: tuple[str, ...]
    exiting_calls: frozenset[str]
    validating_methods: frozenset[str]
    sanitizers: tuple[str, ...]
    secret_calls: frozenset[str]
    redactors: tuple[str, ...]
    text_calls: frozenset[str]
    safe_error_attributes: frozenset[str]
    log_receivers: frozenset[str]
    log_methods: frozenset[str]
    output_calls: frozenset[str]
    response_calls: frozenset[str]
    extra_sinks: Mapping[str, Mapping[str, Optional[int]]] = field(default_factory=dict)
    untrusted_parameters: str = "entrypoints"  # entrypoints | public | all

    @classmethod
    def from_data(cls, data: Mapping, options: Mapping) -> "DataflowModel":
        def names(key: str, extra: str = "") -> tuple[str, ...]:
            return tuple(data.get(key, ())) + tuple(options.get(extra, ()) if extra else ())

        return cls(
            entrypoint_decorators=frozenset(names("entrypoint-decorators")),
            request_names=frozenset(names("request-names")),
            untrusted_calls=frozenset(names("untrusted-calls")),
            untrusted_attributes=frozenset(names("untrusted-attributes")),
            validators=names("validators", "extra-validators"),
            exiting_calls=frozenset(names("exiting-calls")),
            validating_methods=frozenset(names("validating-methods")),
            sanitizers=names("sanitizers", "extra-sanitizers"),
            secret_calls=frozenset(names("secret-calls", "extra-secret-sources")),
            redactors=names("redactors"),
            text_calls=frozenset(names("text-calls")),
            safe_error_attributes=frozenset(names("safe-error-attributes")),
            log_receivers=frozenset(names("log-receivers")),
            log_methods=frozenset(names("log-methods")),
            output_calls=frozenset(names("output-calls")),
            response_calls=frozenset(names("response-calls")),
            extra_sinks={s["method"]: {p: None for p in s["parameters"]} for s in options.get("extra-sinks", ())},
            untrusted_parameters=options.get("untrusted-parameters", "entrypoints"),
        )


def matches(name: Optional[str], patterns: Iterable[str]) -> bool:
    """Does a function's last name match one of these shell-style patterns?"""
    return bool(name) and _matches(name, tuple(patterns))


@functools.lru_cache(maxsize=4096)
def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) for p in patterns)
