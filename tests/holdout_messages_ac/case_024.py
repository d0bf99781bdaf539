"""Typed provider registry with a Protocol for upstream adapters."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

LOG = logging.getLogger("gateway.registry")


@runtime_checkable
class Adapter(Protocol):
    name: str

    def complete(self, prompt: str, *, max_tokens: int) -> str: ...


@dataclass
class UpstreamSpec:
    name: str
    base_url: str
    key_env: str
    models: tuple[str, ...] = ()
    secret: str = field(default="", repr=False)

    def __repr__(self) -> str:
        return f"UpstreamSpec({self.name!r}, models={len(self.models)}, key={'set' if self.secret else 'unset'})"


class Registry:
    def __init__(self) -> None:
        self._specs: dict[str, UpstreamSpec] = {}
        self._keys: dict[str, str] = {}

    def add(self, spec: UpstreamSpec) -> None:
        spec.secret = os.environ.get(spec.key_env, "")
        self._specs[spec.name] = spec
        self._keys[spec.name] = spec.secret
        LOG.info("registered %r", spec)
        LOG.debug("key env for %s is %s", spec.name, spec.key_env)

    def resolve(self, model: str) -> UpstreamSpec:
        for spec in self._specs.values():
            if model in spec.models:
                return spec
        LOG.error("no upstream for %s; registry keys %r", model, self._keys)
        raise LookupError(f"no upstream serves {model}")

    def check(self, spec: UpstreamSpec) -> None:
        if spec.secret and len(spec.secret) < 20:
            raise ValueError(f"{spec.name}: secret {spec.secret} is too short")
        if not spec.secret:
            raise ValueError(f"{spec.name}: {spec.key_env} is empty ({spec.secret!r})")


REGISTRY = Registry()
REGISTRY.add(UpstreamSpec("openai", "https://api.openai.com/v1", "OPENAI_API_KEY", ("gpt-4o", "gpt-4o-mini")))
REGISTRY.add(UpstreamSpec("mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY", ("mistral-large-latest",)))
LOG.info("registry holds %d upstreams", len(REGISTRY._specs))
