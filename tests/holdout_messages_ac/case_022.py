"""Provider key vault for the gateway, logging through loguru."""
import os
from typing import Dict

from loguru import logger

PROVIDER_ENV = {
    "openai": "OPENAI_API_KEY",
    "mistral": "MISTRAL_API_KEY",
    "xai": "XAI_API_KEY",
    "openrouter": "OPENROUTER_API_KEY",
}


class ProviderKeys:
    def __init__(self) -> None:
        self._keys: Dict[str, str] = {}

    def load(self) -> None:
        for provider, var in PROVIDER_ENV.items():
            value = os.getenv(var)
            if value is None:
                logger.warning("no key for {} (set {})", provider, var)
                continue
            self._keys[provider] = value
            logger.debug("loaded {} key {}", provider, value)
        logger.info("providers with keys: {}", list(self._keys))

    def get(self, provider: str) -> str:
        try:
            return self._keys[provider]
        except KeyError:
            raise LookupError(f"no key loaded for provider {provider}") from None

    def dump(self) -> None:
        logger.trace("key table {}", self._keys)
        for provider, key in self._keys.items():
            logger.info("{}: {}...{} ({} chars)", provider, key[:4], key[-4:], len(key))


def xai_headers(keys: ProviderKeys) -> dict:
    xai_key = keys.get("xai")
    if not xai_key.startswith("xai-"):
        logger.error(f"xai key has the wrong prefix: {xai_key}")
    return {"Authorization": f"Bearer {xai_key}"}


if __name__ == "__main__":
    keys = ProviderKeys()
    keys.load()
    keys.dump()
    logger.info("token budget per minute: {}", 100_000)
