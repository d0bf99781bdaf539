"""Fan out embedding requests over a thread pool; collect failures for the report."""
import concurrent.futures as cf
import logging
import os
import time

import httpx

logger = logging.getLogger("embed.pool")
VOYAGE_KEY = os.environ.get("VOYAGE_API_KEY", "")
BASE = "https://api.voyageai.com/v1/embeddings"


def _headers() -> dict:
    return {"Authorization": f"Bearer {VOYAGE_KEY}", "Content-Type": "application/json"}


def embed_one(client: httpx.Client, doc_id: str, text: str) -> tuple[str, list[float]]:
    r = client.post(BASE, json={"input": [text], "model": "voyage-3"}, headers=_headers())
    if r.status_code >= 400:
        raise RuntimeError(f"{doc_id}: HTTP {r.status_code} {r.text[:120]}")
    data = r.json()
    logger.debug("%s used %s tokens", doc_id, data["usage"]["total_tokens"])
    return doc_id, data["data"][0]["embedding"]


def embed_all(docs: dict[str, str], workers: int = 8) -> dict[str, list[float]]:
    if not VOYAGE_KEY:
        raise RuntimeError("VOYAGE_API_KEY not configured")
    hdrs = _headers()
    logger.debug("submitting %d docs with headers %s", len(docs), hdrs)
    logger.debug("header names %s", list(hdrs))
    out, failed = {}, {}
    started = time.monotonic()
    with httpx.Client(timeout=30) as client, cf.ThreadPoolExecutor(workers) as pool:
        futures = {pool.submit(embed_one, client, k, v): k for k, v in docs.items()}
        for fut in cf.as_completed(futures):
            doc_id = futures[fut]
            exc = fut.exception()
            if exc is not None:
                failed[doc_id] = str(exc)
                logger.warning("doc %s failed: %s", doc_id, exc)
                continue
            key, vec = fut.result()
            out[key] = vec
            logger.debug("stored vector for %s (%d dims)", key, len(vec))
    logger.info("embedded %d docs in %.1fs, %d failed", len(out), time.monotonic() - started,
                len(failed))
    for doc_id, reason in sorted(failed.items()):
        logger.info("failure %s -> %s", doc_id, reason)
    return out
