"""Pluggable secrets-manager abstraction: a Protocol, a registry and an env backend."""
from __future__ import annotations

import logging
import os
import warnings
from typing import Protocol, runtime_checkable

log = logging.getLogger("secrets")


class SecretNotFound(KeyError):
    pass


class SecretBackendError(RuntimeError):
    def __init__(self, backend: str, detail: str) -> None:
        super().__init__(f"{backend}: {detail}")
        self.backend = backend


@runtime_checkable
class SecretBackend(Protocol):
    name: str

    def get(self, ref: str) -> str: ...


class EnvBackend:
    name = "env"

    def get(self, ref: str) -> str:
        value = os.environ.get(ref)
        if value is None:
            raise SecretNotFound(f"environment variable {ref} is not set")
        if value != value.strip():
            warnings.warn(f"secret {ref} has surrounding whitespace: {value!r}")
            value = value.strip()
        return value


_REGISTRY: dict[str, SecretBackend] = {"env": EnvBackend()}


def register(backend: SecretBackend) -> None:
    if not isinstance(backend, SecretBackend):
        raise TypeError(f"{backend!r} does not implement SecretBackend")
    _REGISTRY[backend.name] = backend


def resolve(uri: str) -> str:
    scheme, _, ref = uri.partition("://")
    backend = _REGISTRY.get(scheme)
    if backend is None:
        raise SecretBackendError(scheme, f"no backend registered for {uri}")
    secret = backend.get(ref)
    log.debug("resolved %s via %s (%d chars)", ref, backend.name, len(secret))
    if len(secret) < 12:
        raise SecretBackendError(backend.name, f"value of {ref} looks truncated: {secret}")
    return secret
