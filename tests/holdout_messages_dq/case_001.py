"""Build provider clients from a TOML config using structural pattern matching."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path
from typing import Any

import anthropic
import openai

log = logging.getLogger("llm.providers")

CONFIG_PATH = Path("~/.config/llmctl/providers.toml").expanduser()


def load_providers(path: Path = CONFIG_PATH) -> dict[str, dict[str, Any]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    match data:
        case {"providers": dict(providers)}:
            log.debug("config %s defines %s", path, sorted(providers))
            return providers
        case _:
            raise ValueError(f"{path} has no [providers] table")


def build_client(name: str, cfg: dict[str, Any]) -> Any:
    match cfg:
        case {"kind": "openai", "api_key": str(key), "base_url": str(base)}:
            log.info("%s: openai-compatible endpoint %s", name, base)
            return openai.OpenAI(api_key=key, base_url=base)
        case {"kind": "openai", "api_key": str(key)}:
            log.info("%s: openai client with key %s", name, key)
            return openai.OpenAI(api_key=key)
        case {"kind": "anthropic", "api_key": str(key)} if not key.startswith("sk-ant-"):
            raise ValueError(f"{name}: anthropic api_key does not look right: {key!r}")
        case {"kind": "anthropic", "api_key": str(key), **rest}:
            log.info("%s: anthropic, extra options %s", name, sorted(rest))
            return anthropic.Anthropic(api_key=key, **rest)
        case {"kind": str(kind)}:
            raise ValueError(f"{name}: unsupported provider kind {kind!r}")
        case _:
            raise ValueError(f"{name}: provider table lacks 'kind'")


def main() -> None:
    clients: dict[str, Any] = {}
    for name, cfg in load_providers().items():
        try:
            clients[name] = build_client(name, cfg)
        except ValueError:
            log.error("skipping provider %s (fields: %s)", name, sorted(cfg))
            continue
    log.info("ready: %d provider client(s)", len(clients))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
