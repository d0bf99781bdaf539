"""Lever-to-BigQuery pipeline config loader (TOML), with strict validation."""
import logging
import tomllib
from pathlib import Path

logger = logging.getLogger("pipeline.config")

REQUIRED = ("lever_api_key", "gcp_project", "dataset")
SENSITIVE = {"lever_api_key", "openai_api_key", "webhook_secret"}


class ConfigError(Exception):
    pass


def load(path: str = "pipeline.toml") -> dict:
    data = tomllib.loads(Path(path).read_text())
    lever = data.get("lever", {})
    missing = [name for name in REQUIRED if not lever.get(name)]
    if missing:
        raise ConfigError(f"missing settings: {', '.join(missing)}")
    logger.info("lever config keys: %s", ", ".join(sorted(lever)))
    redacted = {k: ("***" if k in SENSITIVE else v) for k, v in lever.items()}
    logger.info("lever config: %s", redacted)
    return lever


def check_lever_key(cfg: dict) -> None:
    key = cfg["lever_api_key"]
    if " " in key or len(key) < 30:
        raise ConfigError(f"lever_api_key {key!r} does not look like a Lever key")
    logger.debug("lever key ok, %d chars", len(key))


def check_webhook(cfg: dict) -> None:
    secret = cfg.get("webhook_secret", "")
    if not secret:
        logger.warning("webhook_secret empty (%r); signatures will not be verified", secret)
        return
    logger.info("webhook secret configured for project %s", cfg["gcp_project"])


def describe(cfg: dict) -> str:
    return f"project={cfg['gcp_project']} dataset={cfg['dataset']} openai={cfg.get('openai_api_key')}"


if __name__ == "__main__":
    conf = load()
    check_lever_key(conf)
    check_webhook(conf)
    print(describe(conf))
