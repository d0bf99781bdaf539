"""Embedding backfill job with loguru."""
import os
import sys

import requests
from loguru import logger

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))

VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"
BATCH = 64


def load_key() -> str:
    key = os.environ.get("VOYAGE_API_KEY")
    if key is None:
        raise RuntimeError("VOYAGE_API_KEY is not set")
    return key


def embed(texts: list[str], voyage_key: str) -> list[list[float]]:
    params = {"input": texts, "model": "voyage-3", "api_key": voyage_key}
    logger.debug("embedding request {}", params)
    resp = requests.post(VOYAGE_URL, json={"input": texts, "model": "voyage-3"},
                         headers={"Authorization": f"Bearer {voyage_key}"}, timeout=60)
    if resp.status_code >= 400:
        logger.error("voyage {} {}", resp.status_code, resp.text)
        resp.raise_for_status()
    usage = resp.json().get("usage", {})
    logger.info("embedded {} texts, {} tokens", len(texts), usage.get("total_tokens"))
    return [row["embedding"] for row in resp.json()["data"]]


def backfill(rows: list[dict]) -> int:
    voyage_key = load_key()
    logger.info("backfill starting with key ...{}", voyage_key[-4:])
    done = 0
    for i in range(0, len(rows), BATCH):
        chunk = rows[i:i + BATCH]
        try:
            vectors = embed([r["text"] for r in chunk], voyage_key)
        except requests.HTTPError as exc:
            logger.exception("batch {} failed with key {}", i // BATCH, voyage_key)
            continue
        for row, vec in zip(chunk, vectors):
            row["vector"] = vec
        done += len(chunk)
    return done


if __name__ == "__main__":
    print(backfill([{"text": line.strip()} for line in sys.stdin]))
