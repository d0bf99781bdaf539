"""Load the gateway's config.yaml, resolving os.environ/ references."""
import logging
import os
from pathlib import Path

import yaml

logger = logging.getLogger(__name__)

ENV_PREFIX = "os.environ/"
MASTER_KEY_SETTING = "master_key"


def _resolve(value, path):
    if isinstance(value, str) and value.startswith(ENV_PREFIX):
        var = value[len(ENV_PREFIX):]
        resolved = os.environ.get(var)
        if resolved is None:
            raise KeyError(f"{path}: environment variable {var} is not set")
        logger.debug("resolved %s from %s", path, var)
        return resolved
    if isinstance(value, dict):
        return {k: _resolve(v, f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, f"{path}[{i}]") for i, v in enumerate(value)]
    return value


def load_config(path: str | Path) -> dict:
    raw = yaml.safe_load(Path(path).read_text())
    cfg = _resolve(raw, "config")
    settings = cfg.setdefault("general_settings", {})
    master_key = settings.get(MASTER_KEY_SETTING)
    if master_key and not master_key.startswith("sk-"):
        raise ValueError(f"general_settings.master_key must start with 'sk-', got {master_key}")
    if not master_key:
        logger.warning("no %s configured; admin routes are open", MASTER_KEY_SETTING)
    for entry in cfg.get("model_list", []):
        params = entry.get("litellm_params", {})
        logger.info("deployment %s -> %s (api_base=%s)", entry.get("model_name"), params.get("model"), params.get("api_base"))
        if "api_key" in params and not params["api_key"]:
            logger.warning("deployment %s has an empty api_key", entry.get("model_name"))
    return cfg


def dump_effective(cfg: dict) -> None:
    db_url = cfg.get("general_settings", {}).get("database_url", "")
    print("database:", db_url.split("@")[-1])
    settings = cfg.get("general_settings", {})
    print("master key:", settings.get(MASTER_KEY_SETTING))


if __name__ == "__main__":
    import sys

    config = load_config(sys.argv[1] if len(sys.argv) > 1 else "config.yaml")
    dump_effective(config)
