"""YAML config loader with ${ENV} expansion for provider settings."""
import logging
import os
import re
from pathlib import Path

import yaml

logger = logging.getLogger("acme.config")

_ENV_REF = re.compile(r"\$\{([A-Z0-9_]+)\}")


def _expand(value):
    if isinstance(value, str):
        return _ENV_REF.sub(lambda m: os.environ.get(m.group(1), ""), value)
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    return value


def load(path: str) -> dict:
    raw = yaml.safe_load(Path(path).read_text())
    logger.debug("raw config (before expansion): %s", raw)
    cfg = _expand(raw)
    for name, provider in cfg.get("providers", {}).items():
        logger.info("provider %s: base=%s key_env=%s", name, provider.get("api_base"), provider.get("api_key_env"))
        env_name = provider.get("api_key_env")
        if env_name and env_name not in os.environ:
            raise KeyError(f"provider {name} expects environment variable {env_name}")
        if env_name:
            provider["api_key"] = os.environ[env_name]
            logger.debug("provider %s resolved key %s", name, provider["api_key"])
    return cfg


def dump_effective(cfg: dict) -> None:
    redacted = {
        name: {k: ("***" if k == "api_key" else v) for k, v in provider.items()}
        for name, provider in cfg.get("providers", {}).items()
    }
    logger.info("effective providers: %s", redacted)
