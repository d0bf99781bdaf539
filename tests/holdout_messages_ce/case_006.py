"""Underwriting rules engine: loads carrier credentials from a YAML settings file."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import yaml

logger = logging.getLogger("uw.settings")


class SettingsError(Exception):
    pass


@dataclass
class CarrierSettings:
    carrier_code: str
    rating_api_url: str
    rating_api_key: str
    llm_key: str
    max_tokens: int = 1024


def load_settings(path: Path) -> CarrierSettings:
    raw = yaml.safe_load(path.read_text())
    section = raw.get("carrier", {})
    missing = [name for name in ("code", "rating_url", "rating_key", "llm_key") if not section.get(name)]
    if missing:
        raise SettingsError(f"carrier section missing {', '.join(missing)}")
    rating_key = section["rating_key"]
    if not rating_key.startswith("rk_live_"):
        raise SettingsError(f"rating key {rating_key} does not look like a live key")
    settings = CarrierSettings(
        carrier_code=section["code"],
        rating_api_url=section["rating_url"],
        rating_api_key=rating_key,
        llm_key=section["llm_key"],
        max_tokens=int(section.get("max_tokens", 1024)),
    )
    logger.info("loaded carrier %s rating url %s", settings.carrier_code, settings.rating_api_url)
    logger.debug("settings: %r", settings)
    return settings


def check_llm_key(settings: CarrierSettings) -> None:
    key = settings.llm_key
    if len(key) < 20:
        raise SettingsError(f"llm_key too short ({len(key)} chars)")
    if " " in key:
        raise ValueError("llm_key contains whitespace: " + key)
    logger.info("llm key ok, max_tokens=%d", settings.max_tokens)
