"""Wire dedupe: cluster incoming AFP/AP/Reuters items with embeddings (async, Cohere)."""
import asyncio
import logging
import os

import cohere
import redis.asyncio as aioredis

logger = logging.getLogger("wire.dedupe")

COHERE_KEY_NAMES = ("COHERE_API_KEY", "CO_API_KEY")
SIMILARITY = 0.92


def cohere_key() -> str:
    for name in COHERE_KEY_NAMES:
        value = os.environ.get(name)
        if value:
            logger.info("Cohere key taken from %s", name)
            return value
    raise KeyError(f"none of {COHERE_KEY_NAMES} is set")


async def consume(stream: str = "wire:incoming") -> None:
    key = cohere_key()
    co = cohere.AsyncClient(api_key=key)
    logger.info("Cohere client ready (key ...%s)", key[-4:])
    r = aioredis.from_url(os.environ.get("REDIS_URL", "redis://localhost"))
    seen: list[tuple[str, list[float]]] = []
    last_id = "$"
    while True:
        batch = await r.xread({stream: last_id}, block=5000, count=20)
        for _, entries in batch:
            for entry_id, fields in entries:
                last_id = entry_id
                text = fields[b"headline"].decode() + " " + fields[b"lede"].decode()
                try:
                    emb = await co.embed(texts=[text], model="embed-english-v3.0", input_type="clustering")
                except cohere.errors.UnauthorizedError as exc:
                    raise RuntimeError(f"Cohere rejected key {key}") from exc
                vec = emb.embeddings[0]
                dup = next((gid for gid, v in seen if sum(a * b for a, b in zip(v, vec)) > SIMILARITY), None)
                if dup:
                    logger.info("item %s duplicates %s", fields[b"guid"].decode(), dup)
                else:
                    seen.append((fields[b"guid"].decode(), vec))
        logger.debug("billed units so far: %s", getattr(emb, "meta", None))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(consume())
