"""Config loader for a training repo: YAML config plus a secrets file."""
from __future__ import annotations

import logging
from pathlib import Path

import yaml

logger = logging.getLogger("cfg")

SECRETS_PATH = Path.home() / ".config" / "trainer" / "secrets.yaml"
TOKEN_FIELDS = ("hf_token", "wandb_api_key", "openai_api_key")


def load_secrets(path: Path = SECRETS_PATH) -> dict:
    if not path.exists():
        logger.warning("no secrets file at %s", path)
        return {}
    data = yaml.safe_load(path.read_text()) or {}
    logger.info("secrets file provides: %s", ", ".join(k for k, v in data.items() if v))
    return data


def load_config(path: str) -> dict:
    cfg = yaml.safe_load(Path(path).read_text())
    secrets_ = load_secrets()
    for field in TOKEN_FIELDS:
        cfg.setdefault(field, secrets_.get(field))
    public = {k: v for k, v in cfg.items() if k not in TOKEN_FIELDS}
    logger.info("effective config: %s", public)
    return cfg


def validate(cfg: dict) -> None:
    hf_token = cfg.get("hf_token")
    if hf_token and not hf_token.startswith("hf_"):
        raise ValueError(f"hf_token in {SECRETS_PATH} is not a Hugging Face token: {hf_token!r}")
    if not cfg.get("wandb_api_key"):
        logger.info("W&B disabled (no wandb_api_key)")
    if cfg.get("max_tokens", 0) > 4096:
        raise ValueError(f"max_tokens too large: {cfg['max_tokens']}")


def dump_for_debug(cfg: dict) -> None:
    logger.debug("full config: %s", cfg)


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.DEBUG)
    c = load_config(sys.argv[1])
    validate(c)
    dump_for_debug(c)
