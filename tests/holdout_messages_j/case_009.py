"""Mistral embeddings job with loguru output."""
import os
import sys

import httpx
from loguru import logger

logger.remove()
logger.add(sys.stderr, level=os.getenv("LOG_LEVEL", "INFO"))

MISTRAL_KEY_ENV = "MISTRAL_API_KEY"
BATCH_TOKENS = 16_000


def get_key() -> str:
    mistral_key = os.getenv(MISTRAL_KEY_ENV)
    if mistral_key is None:
        logger.error("{} is not set", MISTRAL_KEY_ENV)
        raise SystemExit(2)
    logger.info("Mistral key loaded ({} chars, ends {})", len(mistral_key), mistral_key[-4:])
    return mistral_key


def batches(texts: list[str], budget: int = BATCH_TOKENS):
    batch, used = [], 0
    for text in texts:
        cost = len(text) // 4
        if batch and used + cost > budget:
            yield batch
            batch, used = [], 0
        batch.append(text)
        used += cost
    if batch:
        yield batch


def embed_all(texts: list[str]) -> list[list[float]]:
    mistral_key = get_key()
    vectors: list[list[float]] = []
    with httpx.Client(timeout=60) as http:
        for i, batch in enumerate(batches(texts)):
            resp = http.post("https://api.mistral.ai/v1/embeddings", headers={"Authorization": f"Bearer {mistral_key}"}, json={"model": "mistral-embed", "input": batch})
            if resp.status_code == 401:
                logger.error("Mistral refused key {} on batch {}", mistral_key, i)
                raise PermissionError("Mistral authentication failed")
            resp.raise_for_status()
            logger.debug("batch {} embedded, prompt_tokens={}", i, resp.json()["usage"]["prompt_tokens"])
            vectors.extend(d["embedding"] for d in resp.json()["data"])
    return vectors
