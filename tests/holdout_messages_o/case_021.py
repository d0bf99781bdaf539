"""config.py - load llm config from config.yaml + env; used by every script in the repo"""
import os
from dataclasses import dataclass

import yaml


class ConfigError(Exception):
    """Raised when config.yaml is unusable."""


@dataclass
class LLMConfig:
    provider: str
    model: str
    api_key: str
    base_url: str = ""
    temperature: float = 0.0


def load(path="config.yaml") -> LLMConfig:
    with open(path) as fh:
        raw = yaml.safe_load(fh) or {}
    llm = raw.get("llm", {})
    provider = llm.get("provider", "openai")
    key_env = llm.get("api_key_env", "OPENAI_API_KEY")
    api_key = llm.get("api_key") or os.environ.get(key_env, "")
    if provider not in ("openai", "anthropic", "azure"):
        raise ConfigError(f"unknown provider {provider!r} in {path}; llm section: {llm}")
    if not api_key:
        raise ConfigError(f"no API key: set llm.api_key or the {key_env} environment variable")
    if provider == "openai" and not api_key.startswith("sk-"):
        raise ConfigError(f"OpenAI key must start with sk-, got {api_key}")
    if provider == "azure" and not llm.get("base_url"):
        raise ConfigError(f"azure needs base_url (model={llm.get('model')}, provider={provider})")
    cfg = LLMConfig(provider=provider, model=llm.get("model", "gpt-4o-mini"), api_key=api_key, base_url=llm.get("base_url", ""), temperature=float(llm.get("temperature", 0)))
    return cfg


def check(cfg: LLMConfig) -> None:
    if cfg.temperature > 2:
        raise ConfigError(f"temperature {cfg.temperature} out of range for {cfg.model}")
    if cfg.base_url and not cfg.base_url.startswith("https://"):
        raise ConfigError(f"insecure base_url in config: {cfg}")


if __name__ == "__main__":
    c = load()
    check(c)
    print(f"provider={c.provider} model={c.model} key={'set' if c.api_key else 'missing'}")
