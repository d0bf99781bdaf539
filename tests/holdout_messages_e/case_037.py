"""Settings loader for the scan scheduler: YAML with ${ENV} expansion."""
import logging
import os
import re
from pathlib import Path

import yaml

log = logging.getLogger("scheduler.config")
_ENV_RE = re.compile(r"\$\{([A-Z0-9_]+)\}")


class ConfigError(Exception):
    pass


def _expand(value):
    if isinstance(value, str):
        return _ENV_RE.sub(lambda m: os.environ.get(m.group(1), ""), value)
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    return value


def load(path: str = "scheduler.yaml") -> dict:
    raw = yaml.safe_load(Path(path).read_text())
    cfg = _expand(raw)
    modelred = cfg.get("modelred", {})
    token_cfg = cfg.get("token", {"source": "env", "name": "MODELRED_API_KEY"})
    log.info("token source: %s", token_cfg)
    log.info("schedule %s, %d targets", cfg.get("cron"), len(cfg.get("targets", [])))
    if not modelred.get("api_key"):
        raise ConfigError(f"{path}: modelred.api_key is empty after expansion")
    role = modelred.get("role", "scanner")
    log.info("running as role %s against %s", role, modelred.get("base_url"))
    if modelred.get("debug"):
        log.debug("modelred section: %r", modelred)
    return cfg
