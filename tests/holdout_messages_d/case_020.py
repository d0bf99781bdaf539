"""Provider registry typed with TypedDict, fed from YAML plus environment."""
import logging
import os
from typing import Literal, TypedDict

import yaml

logger = logging.getLogger("providers")


class ProviderCfg(TypedDict):
    provider: Literal["openai", "anthropic", "openrouter"]
    model: str
    api_key: str
    max_tokens: int


KEY_ENV = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "openrouter": "OPENROUTER_API_KEY",
}


def load(path: str) -> list[ProviderCfg]:
    with open(path) as fh:
        raw = yaml.safe_load(fh) or []
    out: list[ProviderCfg] = []
    for entry in raw:
        env_name = KEY_ENV[entry["provider"]]
        cfg: ProviderCfg = {
            "provider": entry["provider"],
            "model": entry["model"],
            "api_key": os.environ.get(env_name, ""),
            "max_tokens": int(entry.get("max_tokens", 512)),
        }
        if not cfg["api_key"]:
            logger.warning("%s not set, skipping %s", env_name, cfg["model"])
            continue
        logger.debug("provider %s model %s max_tokens %d", cfg["provider"], cfg["model"], cfg["max_tokens"])
        logger.debug("provider config %s", cfg)
        out.append(cfg)
    missing = [name for name, env in KEY_ENV.items() if env not in os.environ]
    if missing:
        logger.info("providers without keys: %s", ", ".join(missing))
    return out
