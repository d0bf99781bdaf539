"""Settings for the captioning service, loaded from a YAML file."""
import logging
import os
from dataclasses import dataclass

import yaml

log = logging.getLogger("captions.settings")

CONFIG_PATH = os.environ.get("CAPTIONS_CONFIG", "/etc/captions/config.yaml")


@dataclass
class Settings:
    deepgram_key: str
    openai_key: str
    modelred_key: str
    caption_model: str = "nova-2"
    max_tokens: int = 400
    burn_in: bool = False


def load(path: str = CONFIG_PATH) -> Settings:
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    log.info("loaded %s sections=%s", path, sorted(raw))
    providers = raw.get("providers", {})
    missing = [name for name, value in providers.items() if not value]
    if missing:
        raise KeyError(f"empty provider keys in {path}: {', '.join(missing)}")
    s = Settings(
        deepgram_key=providers["deepgram"],
        openai_key=providers["openai"],
        modelred_key=providers["modelred"],
        caption_model=raw.get("caption_model", "nova-2"),
        max_tokens=raw.get("max_tokens", 400),
    )
    log.debug("settings %s", s)
    log.info("caption model %s, max_tokens %d", s.caption_model, s.max_tokens)
    return s


def validate(s: Settings) -> None:
    if not s.modelred_key.startswith("mr_"):
        raise ValueError(f"modelred key must start with mr_, got {s.modelred_key}")
    if len(s.deepgram_key) != 40:
        raise ValueError(f"deepgram key has length {len(s.deepgram_key)}, expected 40")


def dump_providers(path: str = CONFIG_PATH) -> None:
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    print(sorted(raw["providers"]))
