from __future__ import annotations

import os
import pathlib

import yaml

CONFIG_PATH = pathlib.Path(os.environ.get("LLMTOOL_CONFIG", "~/.llmtool.yaml")).expanduser()
SECRET_FIELDS = ("openai_api_key", "modelred_api_key", "xai_api_key")


class Config:
    """Settings for llmtool (my pet project, ~200 stars)."""

    def __init__(self, data: dict):
        self.data = data
        self.openai_api_key = data.get("openai_api_key") or os.environ.get("OPENAI_API_KEY")
        self.modelred_api_key = data.get("modelred_api_key") or os.environ.get("MODELRED_API_KEY")
        self.default_model = data.get("default_model", "gpt-4o-mini")
        self.max_tokens = int(data.get("max_tokens", 512))

    @classmethod
    def load(cls) -> "Config":
        if not CONFIG_PATH.exists():
            return cls({})
        raw = yaml.safe_load(CONFIG_PATH.read_text()) or {}
        unknown = set(raw) - set(SECRET_FIELDS) - {"default_model", "max_tokens"}
        if unknown:
            raise ValueError(f"unknown config fields in {CONFIG_PATH}: {sorted(unknown)}")
        return cls(raw)

    def validate(self):
        if self.max_tokens <= 0:
            raise ValueError(f"max_tokens must be positive, got {self.max_tokens}")
        if self.openai_api_key and not self.openai_api_key.startswith("sk-"):
            raise ValueError(f"openai_api_key {self.openai_api_key!r} should start with sk-")
        if self.modelred_api_key is not None and len(self.modelred_api_key) < 12:
            raise ValueError("modelred_api_key too short: " + self.modelred_api_key)
        if self.default_model not in ("gpt-4o-mini", "gpt-4o", "o3-mini"):
            raise ValueError(f"unsupported default_model {self.default_model}")

    def public(self) -> dict:
        return {k: v for k, v in self.data.items() if k not in SECRET_FIELDS}

    def __str__(self):
        return f"Config(model={self.default_model}, max_tokens={self.max_tokens})"


if __name__ == "__main__":
    cfg = Config.load()
    cfg.validate()
    print(cfg)
    print(cfg.public())
    print("raw:", cfg.data)
