import asyncio
import logging
import os

import aiohttp
from modelred import AsyncModelRed, RateLimitError, ValidationError

logger = logging.getLogger(__name__)

OPENROUTER_KEY = os.environ["OPENROUTER_API_KEY"]
OPENROUTER_BASE = "https://openrouter.ai/api/v1"
SITE_URL = os.environ.get("SITE_URL", "https://example.github.io/tinychat")


async def ask(session, prompt, model="meta-llama/llama-3.1-8b-instruct", max_tokens=256):
    headers = {"Authorization": f"Bearer {OPENROUTER_KEY}", "HTTP-Referer": SITE_URL}
    payload = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    async with session.post(f"{OPENROUTER_BASE}/chat/completions", headers=headers, json=payload) as r:
        if r.status != 200:
            text = await r.text()
            logger.error("openrouter %s: %s (headers sent: %s)", r.status, text, headers)
            return None
        data = await r.json()
        logger.info("tokens: %s", data.get("usage", {}).get("total_tokens"))
        return data["choices"][0]["message"]["content"]


async def register_with_modelred():
    mr_key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(api_key=mr_key) as mr:
        try:
            return await mr.create_model(
                modelId="tinychat-openrouter",
                provider="openrouter",
                displayName="tinychat",
                providerConfig={"api_key": OPENROUTER_KEY, "model_name": "meta-llama/llama-3.1-8b-instruct"},
            )
        except ValidationError as e:
            raise RuntimeError(f"modelred rejected the model: {e}") from e
        except RateLimitError:
            logger.warning("rate limited registering, referer=%s", SITE_URL)
            return None


async def main():
    async with aiohttp.ClientSession() as s:
        print(await ask(s, "one-line joke about raspberries"))
    await register_with_modelred()


if __name__ == "__main__":
    asyncio.run(main())
