"""Resolve provider keys from a chain of sources (environment, secrets file) behind a Protocol."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple, Protocol, runtime_checkable

log = logging.getLogger("keys.resolve")


@runtime_checkable
class SecretSource(Protocol):
    label: str

    def get(self, name: str) -> str | None: ...


class EnvSource:
    label = "env"

    def get(self, name: str) -> str | None:
        return os.environ.get(name)


class SecretsFileSource:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = f"file:{path}"

    def get(self, name: str) -> str | None:
        for raw in self.path.read_text(encoding="utf-8").splitlines():
            var, sep, secret_value = raw.partition("=")
            if sep and var.strip() == name:
                log.debug("read %s=%s from %s", name, secret_value.strip(), self.path)
                return secret_value.strip()
        return None


class ResolvedKey(NamedTuple):
    name: str
    value: str
    source: str


def resolve(name: str, sources: Sequence[SecretSource]) -> ResolvedKey:
    for src in sources:
        if (value := src.get(name)) is not None:
            log.debug("%s found in %s", name, src.label)
            return ResolvedKey(name, value, src.label)
    raise LookupError(f"{name} not found in {[s.label for s in sources]}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    chain = [EnvSource(), SecretsFileSource(Path("/run/secrets/llm.env"))]
    mistral = resolve("MISTRAL_API_KEY", chain)
    log.info("resolved %s from %s", mistral.name, mistral.source)
    log.info("resolved %r", mistral)
    print(f"{mistral.source=}, {len(mistral.value)=}")
