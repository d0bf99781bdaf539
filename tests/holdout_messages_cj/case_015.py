"""Headline A/B generator used by the homepage editors (async, OpenRouter)."""
import asyncio
import logging
import os
import warnings

import httpx

logger = logging.getLogger("headlines")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


class HeadlineGenerator:
    def __init__(self, api_key: str | None = None, model: str = "meta-llama/llama-3.1-70b-instruct"):
        self.api_key = api_key or os.getenv("OPENROUTER_API_KEY", "")
        self.model = model
        self.max_tokens = 120
        if self.api_key and not self.api_key.startswith("sk-or-v1-"):
            warnings.warn(f"OpenRouter key {self.api_key} has an unexpected prefix")
        logger.info("model %s, max_tokens %d", self.model, self.max_tokens)
        logger.debug("OpenRouter key length %d", len(self.api_key))

    async def variants(self, headline: str, n: int = 3) -> list[str]:
        payload = {"model": self.model, "max_tokens": self.max_tokens, "n": n,
                   "messages": [{"role": "user", "content": f"Give {n} alternative headlines for: {headline}"}]}
        headers = {"Authorization": f"Bearer {self.api_key}", "X-Title": "homepage-ab"}
        async with httpx.AsyncClient(timeout=30) as c:
            r = await c.post(OPENROUTER_URL, json=payload, headers=headers)
        if r.status_code != 200:
            logger.error("OpenRouter %s: %s", r.status_code, r.json().get("error", {}).get("message"))
            logger.debug("request was %s with %s", payload, headers)
            return []
        data = r.json()
        logger.info("generated %d variants, %s tokens", len(data["choices"]), data["usage"]["total_tokens"])
        return [ch["message"]["content"].strip() for ch in data["choices"]]


async def main():
    gen = HeadlineGenerator()
    for h in ["Council approves budget after late-night session", "Storm closes coastal roads"]:
        for v in await gen.variants(h):
            print(f"{h} -> {v}")


if __name__ == "__main__":
    asyncio.run(main())
