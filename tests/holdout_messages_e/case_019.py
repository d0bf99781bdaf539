"""aiohttp client for the OpenRouter fallback used by the chat eval."""
import asyncio
import logging
import os

import aiohttp

logger = logging.getLogger("openrouter")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


class OpenRouterError(Exception):
    def __init__(self, message: str, status: int, body: str = ""):
        super().__init__(message)
        self.status = status
        self.body = body


class OpenRouter:
    def __init__(self, api_key: str | None = None, app_name: str = "evals"):
        self._api_key = api_key or os.environ["OPENROUTER_API_KEY"]
        self.app_name = app_name
        self.request_count = 0

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self._api_key}",
            "X-Title": self.app_name,
        }

    async def chat(self, model: str, messages: list, max_tokens: int = 256) -> str:
        self.request_count += 1
        async with aiohttp.ClientSession(headers=self._headers()) as session:
            async with session.post(
                OPENROUTER_URL, json={"model": model, "messages": messages, "max_tokens": max_tokens}
            ) as resp:
                body = await resp.text()
                if resp.status == 401:
                    raise OpenRouterError(
                        "unauthorized",
                        status=401,
                        body=body,
                    )
                if resp.status >= 400:
                    logger.error("openrouter %s for %s: %s", resp.status, model, body[:500])
                    raise OpenRouterError(f"openrouter {resp.status}", status=resp.status)
                data = await resp.json()
        logger.info("openrouter %s used %s tokens", model, data["usage"]["total_tokens"])
        return data["choices"][0]["message"]["content"]

    def __str__(self) -> str:
        return f"OpenRouter(app={self.app_name}, requests={self.request_count})"

    def log_config(self) -> None:
        logger.info("openrouter client config: %s", self._headers())


async def _demo():
    router = OpenRouter()
    print(router)
    print(await router.chat("openai/gpt-4o-mini", [{"role": "user", "content": "hi"}]))


if __name__ == "__main__":
    asyncio.run(_demo())
