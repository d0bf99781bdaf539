"""Engagement secrets loader for the LLM pentest assistant (YAML config + env)."""
import logging
import os
from pathlib import Path

import yaml

log = logging.getLogger("assistant.config")

CONFIG_PATH = Path(os.environ.get("ASSISTANT_CONFIG", "~/.pentest-assistant.yaml")).expanduser()
SECRET_FIELDS = {"openai_api_key", "shodan_key", "burp_api_key", "modelred_api_key"}


class Config:
    def __init__(self, data: dict):
        self.engagement = data.get("engagement", "unnamed")
        self.scope = data.get("scope", [])
        self.openai_api_key = data.get("openai_api_key") or os.getenv("OPENAI_API_KEY")
        self.shodan_key = data.get("shodan_key") or os.getenv("SHODAN_API_KEY")
        self.burp_api_key = data.get("burp_api_key")
        self.modelred_api_key = data.get("modelred_api_key") or os.getenv("MODELRED_API_KEY")
        self._raw = data

    def public(self) -> dict:
        return {k: v for k, v in self._raw.items() if k not in SECRET_FIELDS}

    def validate(self):
        if self.modelred_api_key and not self.modelred_api_key.startswith("mr_"):
            raise ValueError("modelred_api_key must start with mr_, got %s" % self.modelred_api_key)
        if self.shodan_key and len(self.shodan_key) != 32:
            raise ValueError(f"shodan_key should be 32 chars, is {len(self.shodan_key)}")
        if not self.scope:
            raise ValueError(f"engagement {self.engagement} has no scope")


def load() -> Config:
    with open(CONFIG_PATH) as fh:
        data = yaml.safe_load(fh) or {}
    cfg = Config(data)
    log.info("loaded %s: %s", CONFIG_PATH, cfg.public())
    log.debug("raw config: %s", data)
    cfg.validate()
    return cfg


def show(cfg: Config):
    print(f"engagement: {cfg.engagement}")
    print(f"scope: {', '.join(cfg.scope)}")
    print(f"burp key: {cfg.burp_api_key}")
    print(f"openai key set: {cfg.openai_api_key is not None}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    show(load())
