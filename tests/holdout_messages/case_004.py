"""Config loader: provider credentials from YAML with environment overrides."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import yaml

logger = logging.getLogger(__name__)

ENV_TOKEN_VAR = "ACME_IDENTITY_TOKEN"
API_KEY_HEADER = "X-Api-Key"
DISABLE_IMPLICIT_TOKEN = False
TOKEN_TTL_SECONDS = 3600


class ConfigError(ValueError):
    pass


def load(path: Path) -> dict:
    cfg = yaml.safe_load(path.read_text()) or {}
    cfg["api_key"] = os.environ.get("PROVIDER_API_KEY", cfg.get("api_key"))
    logger.info("provider %s at %s (role %s)", cfg.get("provider"), cfg.get("api_base"), cfg.get("role"))
    if not cfg["api_key"]:
        raise ConfigError(f"no api key: set {ENV_TOKEN_VAR} or api_key in {path}")
    if DISABLE_IMPLICIT_TOKEN:
        logger.debug("implicit token disabled=%s ttl=%d", DISABLE_IMPLICIT_TOKEN, TOKEN_TTL_SECONDS)
    logger.debug("sending key in header %s", API_KEY_HEADER)
    missing = [name for name, value in cfg.items() if value in (None, "")]
    if missing:
        raise ConfigError("missing settings: " + ", ".join(missing))
    if not str(cfg["api_key"]).startswith(("sk-", "mr_")):
        raise ConfigError(f"api_key {cfg['api_key']!r} has an unknown prefix")
    logger.debug("resolved config: %s", cfg)
    return cfg
