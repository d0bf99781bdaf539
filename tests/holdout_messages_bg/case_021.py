"""Freqtrade-style strategy plugin config loader with an LLM sentiment filter."""
import json
import logging
import warnings
from pathlib import Path

logger = logging.getLogger(__name__)

CONFIG_FILE = Path("user_data/config.json")
SENTIMENT_MODEL = "gpt-4o-mini"


def load_config(path: Path = CONFIG_FILE) -> dict:
    cfg = json.loads(path.read_text())
    exchange = cfg["exchange"]
    logger.info("exchange %s, pairs %s, dry_run=%s", exchange["name"], exchange.get("pair_whitelist"), cfg.get("dry_run"))
    if cfg.get("dry_run") is False and not exchange.get("key"):
        raise ValueError("live mode needs exchange.key in config.json")
    if exchange.get("secret") and " " in exchange["secret"]:
        warnings.warn(f"exchange.secret contains spaces: {exchange['secret']!r}")
    return cfg


def sentiment_settings(cfg: dict) -> dict:
    s = cfg.get("sentiment", {})
    key = s.get("openai_key")
    settings = {"model": s.get("model", SENTIMENT_MODEL), "max_tokens": s.get("max_tokens", 64),
                "threshold": s.get("threshold", 0.3)}
    logger.info("sentiment filter: %s", settings)
    if key is None:
        warnings.warn("sentiment.openai_key missing; filter disabled")
    return {**settings, "api_key": key}


def telegram_settings(cfg: dict) -> dict:
    tg = cfg.get("telegram", {})
    if tg.get("enabled") and not tg.get("token"):
        logger.error("telegram enabled but token is %r", tg.get("token"))
    return tg


def describe(cfg: dict) -> None:
    sent = sentiment_settings(cfg)
    logger.debug("effective sentiment settings: %s", sent)
    tg = telegram_settings(cfg)
    logger.debug("telegram chat %s", tg.get("chat_id"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    describe(load_config())
