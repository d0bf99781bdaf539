"""TypedDict configuration for the multi-provider router."""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import NotRequired, TypedDict

log = logging.getLogger("router.config")

CONFIG_PATH = Path.home() / ".config" / "llm-router" / "providers.json"


class ProviderEntry(TypedDict):
    name: str
    model: str
    api_key: str
    base_url: NotRequired[str]
    max_tokens: NotRequired[int]


class RouterConfig(TypedDict):
    default: str
    providers: list[ProviderEntry]


def load(path: Path = CONFIG_PATH) -> RouterConfig:
    cfg: RouterConfig = json.loads(path.read_text())
    log.info("router config from %s, default=%s", path, cfg["default"])
    for entry in cfg["providers"]:
        log.debug("provider %s model=%s max_tokens=%s", entry["name"], entry["model"], entry.get("max_tokens"))
    return cfg


def find(cfg: RouterConfig, name: str) -> ProviderEntry:
    for entry in cfg["providers"]:
        if entry["name"] == name:
            return entry
    raise KeyError(f"no provider {name!r}; known: {[e['name'] for e in cfg['providers']]}")


def validate(cfg: RouterConfig) -> list[str]:
    problems: list[str] = []
    for entry in cfg["providers"]:
        key = entry["api_key"]
        if entry["name"] == "openai" and not key.startswith("sk-"):
            log.warning("provider %s has malformed key %s", entry["name"], key)
            problems.append(entry["name"])
    return problems


def dump_for_support(cfg: RouterConfig) -> None:
    redacted = [{k: v for k, v in e.items() if k != "api_key"} for e in cfg["providers"]]
    log.info("providers (redacted): %s", redacted)
    log.debug("first provider entry: %s", cfg["providers"][0])


if __name__ == "__main__":
    c = load()
    print("invalid:", validate(c))
