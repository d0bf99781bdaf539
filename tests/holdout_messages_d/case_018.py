"""Client configuration objects for the evaluation harness."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

logger = logging.getLogger("harness.config")


@dataclass(frozen=True)
class ProviderConfig:
    name: str
    base_url: str
    api_key: str
    timeout: float = 60.0


@dataclass(frozen=True)
class SafeProviderConfig:
    name: str
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 60.0


def from_env(name: str) -> ProviderConfig:
    env = name.upper()
    cfg = ProviderConfig(
        name=name,
        base_url=os.environ.get(f"{env}_BASE_URL", "https://api.openai.com/v1"),
        api_key=os.environ[f"{env}_API_KEY"],
    )
    logger.info("provider config: %r", cfg)
    return cfg


def safe_from_env(name: str) -> SafeProviderConfig:
    env = name.upper()
    cfg = SafeProviderConfig(
        name=name,
        base_url=os.environ.get(f"{env}_BASE_URL", "https://api.openai.com/v1"),
        api_key=os.environ[f"{env}_API_KEY"],
    )
    logger.info("provider config: %r", cfg)
    logger.info("provider %s at %s (timeout %ss)", cfg.name, cfg.base_url, cfg.timeout)
    return cfg


def check(cfg: ProviderConfig) -> None:
    if cfg.api_key.strip() != cfg.api_key:
        raise ValueError(f"{cfg.name}: api key has surrounding whitespace: {cfg.api_key!r}")
    if not cfg.base_url.startswith("https://"):
        raise ValueError(f"{cfg.name}: base_url must be https, got {cfg.base_url}")
