"""Provider table checked with match statements."""
from __future__ import annotations

import enum
import logging
from typing import TypedDict

log = logging.getLogger("providers")


class Provider(enum.Enum):
    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    GROQ = "groq"


class ProviderEntry(TypedDict):
    provider: str
    key: str
    model: str


PREFIXES = {Provider.OPENAI: "sk-", Provider.ANTHROPIC: "sk-ant-", Provider.GROQ: "gsk_"}


def validate(entry: ProviderEntry) -> Provider:
    match entry:
        case {"provider": str(name), "key": str(k), "model": str(model)} if name in Provider._value2member_map_:
            prov = Provider(name)
            if not k.startswith(PREFIXES[prov]):
                raise ValueError(f"{prov.value} key should start with {PREFIXES[prov]}, got {k}")
            log.info("%s ok for model %s", prov.name, model)
            return prov
        case {"provider": str(name)}:
            raise ValueError(f"unknown provider {name!r}")
        case _:
            raise TypeError(f"not a provider entry: keys {sorted(entry)}")


def summarise(entries: list[ProviderEntry]) -> None:
    for e in entries:
        try:
            prov = validate(e)
        except ValueError as err:
            log.warning("invalid entry for %s (%s)", e.get("provider"), type(err).__name__)
            log.debug("offending entry: %s", e)
            continue
        log.info("%s -> %s (%s)", prov.value, e["model"], Provider.OPENAI.value)
