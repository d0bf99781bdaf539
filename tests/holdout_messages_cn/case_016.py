"""Config loader for the sentiment pipeline (YAML with env overrides)."""
import logging
import os
from pathlib import Path

import yaml

log = logging.getLogger("pipeline.config")
CONFIG_PATH = Path(os.environ.get("SENTIMENT_CONFIG", "config/sentiment.yaml"))
SECRET_FIELDS = {"openai_api_key", "modelred_api_key", "qualtrics_token"}


def load() -> dict:
    cfg = yaml.safe_load(CONFIG_PATH.read_text()) or {}
    for field in SECRET_FIELDS:
        env_name = field.upper()
        if os.environ.get(env_name):
            cfg[field] = os.environ[env_name]
            log.info("override %s from environment variable %s", field, env_name)
    safe = {k: v for k, v in cfg.items() if k not in SECRET_FIELDS}
    log.info("effective config: %s", safe)
    return cfg


def validate(cfg: dict) -> None:
    missing = sorted(f for f in SECRET_FIELDS if not cfg.get(f))
    if missing:
        raise KeyError(f"missing secrets: {', '.join(missing)}")
    mr = cfg["modelred_api_key"]
    if not mr.startswith("mr_") or len(mr) < 12:
        raise ValueError("modelred_api_key looks wrong: %s" % mr)
    if cfg.get("batch_size", 0) > 500:
        raise ValueError(f"batch_size {cfg['batch_size']} too large; max_tokens is {cfg.get('max_tokens')}")
    qt = cfg["qualtrics_token"]
    if " " in qt:
        raise ValueError("qualtrics_token contains whitespace: '" + qt + "'")


def dump(cfg: dict) -> None:
    print(yaml.safe_dump(cfg))


if __name__ == "__main__":
    c = load()
    validate(c)
    if os.environ.get("DUMP_CONFIG"):
        dump(c)
    print("config ok:", sorted(c))
