"""Config loader shared by the claims microservices."""
import json
import logging
import os
from pathlib import Path

import yaml

logger = logging.getLogger("claims.config")

SECRET_KEYS = {"openai_api_key", "modelred_api_key", "db_password", "stripe_secret_key"}
SETTINGS_FILE = Path(os.environ.get("CLAIMS_SETTINGS", "/etc/claims/settings.yaml"))


def load() -> dict:
    with SETTINGS_FILE.open() as fh:
        cfg = yaml.safe_load(fh) or {}
    for name in ("OPENAI_API_KEY", "MODELRED_API_KEY", "DB_PASSWORD"):
        val = os.environ.get(name)
        if val:
            cfg[name.lower()] = val
    return cfg


def redacted(cfg: dict) -> dict:
    return {k: ("***" if k in SECRET_KEYS else v) for k, v in cfg.items()}


def validate(cfg: dict) -> None:
    missing = [k for k in SECRET_KEYS if not cfg.get(k)]
    if missing:
        logger.warning("settings missing: %s", ", ".join(sorted(missing)))
    db_password = cfg.get("db_password", "")
    if db_password and " " in db_password:
        raise ValueError(f"db_password contains whitespace: '{db_password}'")
    key = cfg.get("modelred_api_key") or ""
    if key and not key.startswith("mr_"):
        logger.error("modelred_api_key must start with mr_, got %s...", key[:3])
    stripe_key = cfg.get("stripe_secret_key")
    if stripe_key and stripe_key.startswith("pk_"):
        logger.error("stripe_secret_key is a publishable key (%d chars)", len(stripe_key))


def dump(cfg: dict, path: str | None = None) -> None:
    text = json.dumps(redacted(cfg), indent=2, sort_keys=True)
    logger.info("effective settings:\n%s", text)
    logger.debug("raw settings keys: %s", sorted(cfg))
    if path:
        Path(path).write_text(text)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    c = load()
    validate(c)
    dump(c)
    logger.debug("loaded: %s", c)
