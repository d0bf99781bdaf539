"""Async Mistral client used by the ingestion pipeline."""
import asyncio
import logging
import os

import aiohttp

logger = logging.getLogger("ingest.mistral")
DEBUG_AUTH = os.getenv("MISTRAL_DEBUG_AUTH") == "1"


class MistralClient:
    endpoint = "https://api.mistral.ai/v1/embeddings"

    def __init__(self, api_key: str | None = None, batch_size: int = 32):
        api_key = api_key or os.environ.get("MISTRAL_API_KEY")
        if not api_key:
            raise RuntimeError(f"no Mistral key configured (api_key={api_key!r})")
        self.mistral_key = api_key
        self.batch_size = batch_size
        if DEBUG_AUTH:
            print(f"[mistral] auth debug on, key={self.mistral_key}")

    async def embed(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        headers = {"Authorization": f"Bearer {self.mistral_key}"}
        async with aiohttp.ClientSession(headers=headers) as session:
            for start in range(0, len(texts), self.batch_size):
                chunk = texts[start:start + self.batch_size]
                async with session.post(self.endpoint, json={"model": "mistral-embed", "input": chunk}) as resp:
                    if resp.status != 200:
                        body = await resp.text()
                        logger.error("embed batch %d failed: %s %s", start, resp.status, body)
                        raise RuntimeError(f"Mistral embeddings returned {resp.status}")
                    data = await resp.json()
                logger.debug("batch %d: %d prompt tokens", start, data["usage"]["prompt_tokens"])
                out.extend(item["embedding"] for item in data["data"])
        logger.info("embedded %d texts with session headers %s", len(texts), list(headers))
        return out


async def main() -> None:
    client = MistralClient()
    vectors = await client.embed(["hello", "world"])
    logger.info("got %d vectors of dim %d", len(vectors), len(vectors[0]))


if __name__ == "__main__":
    asyncio.run(main())
