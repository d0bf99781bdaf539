"""Provider registry loaded from providers.toml."""
from __future__ import annotations

import json
import logging
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass
class ProviderConfig:
    name: str
    api_key: str
    base_url: str
    timeout: float = 30.0


@dataclass(frozen=True)
class SafeProviderConfig:
    name: str
    base_url: str
    api_key: str = field(repr=False, default="")


def load_providers(path: Path) -> dict[str, ProviderConfig]:
    raw = tomllib.loads(path.read_text())
    providers = {}
    for name, section in raw.get("providers", {}).items():
        cfg = ProviderConfig(name=name, api_key=section["api_key"], base_url=section["base_url"])
        logger.debug("loaded provider %r", cfg)
        logger.info("provider %s at %s (timeout %.0fs)", cfg.name, cfg.base_url, cfg.timeout)
        providers[name] = cfg
    return providers


def dump(path: Path) -> None:
    """`providers dump`: show the parsed file."""
    raw = tomllib.loads(path.read_text())
    print(json.dumps(raw, indent=2))
    print(json.dumps(sorted(raw.get("providers", {})), indent=2))


def load_safe(path: Path) -> list[SafeProviderConfig]:
    raw = tomllib.loads(path.read_text())
    out = []
    for name, section in raw.get("providers", {}).items():
        cfg = SafeProviderConfig(name, section["base_url"], section["api_key"])
        logger.debug("loaded provider %r", cfg)
        out.append(cfg)
    return out
