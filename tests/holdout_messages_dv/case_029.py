"""Async settings provider reading LLM keys from HashiCorp Vault (KV v2), with an env fallback."""
import asyncio
import logging
import os

import hvac
from openai import AsyncOpenAI, AuthenticationError

logger = logging.getLogger("vault_settings")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
KV_PATH = os.environ.get("LLM_KV_PATH", "apps/assistant/llm")


class VaultSettings:
    def __init__(self):
        self._client = hvac.Client(url=VAULT_ADDR, token=os.environ.get("VAULT_TOKEN"))
        self._cache: dict[str, str] = {}

    async def get(self, field: str) -> str:
        if field not in self._cache:
            data = await asyncio.to_thread(self._client.secrets.kv.v2.read_secret_version, path=KV_PATH)
            self._cache.update(data["data"]["data"])
            logger.info("vault %s v%s: fields %s", KV_PATH, data["data"]["metadata"]["version"], sorted(data["data"]["data"]))
        value = self._cache.get(field) or os.environ.get(field.upper())
        if value is None:
            raise KeyError(f"{field} neither in vault {KV_PATH} nor in ${field.upper()}")
        return value


async def complete(settings: VaultSettings, prompt: str) -> str:
    openai_key = await settings.get("openai_api_key")
    client = AsyncOpenAI(api_key=openai_key)
    try:
        resp = await client.chat.completions.create(
            model="gpt-4o", max_tokens=400, messages=[{"role": "user", "content": prompt}]
        )
    except AuthenticationError as err:
        logger.error("OpenAI rejected the vault key %s (request id %s)", openai_key, err.request_id)
        raise RuntimeError(f"vault key for OpenAI is invalid: {openai_key}") from err
    logger.info("completion %s, %d tokens", resp.id, resp.usage.total_tokens)
    return resp.choices[0].message.content


async def main() -> None:
    settings = VaultSettings()
    print(await complete(settings, "Write a haiku about secret rotation."))
    perplexity = await settings.get("perplexity_api_key")
    print(f"perplexity key configured ({len(perplexity)} chars)")


if __name__ == "__main__":
    asyncio.run(main())
