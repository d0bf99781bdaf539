"""Rerank search hits with Cohere's v2 rerank endpoint (plain functions over httpx)."""

from __future__ import annotations

import logging
import os
import warnings

import httpx

log = logging.getLogger("search.rerank")

COHERE_KEY_ENV = "CO_API_KEY"
RERANK_URL = "https://api.cohere.com/v2/rerank"


def _key() -> str:
    if not (key := os.getenv(COHERE_KEY_ENV, "").strip()):
        raise RuntimeError(f"{COHERE_KEY_ENV} is empty ({key!r})")
    return key


def rerank(query: str, docs: list[str], top_n: int = 5) -> list[tuple[int, float]]:
    key = _key()
    if os.getenv("CO_TRIAL") == "1":
        warnings.warn(f"{COHERE_KEY_ENV}={key} is a trial key; expect 429s", stacklevel=2)
    log.debug("rerank %d docs, key=%s, top_n=%d", len(docs), key, top_n)
    log.debug("Cohere key read from $%s", COHERE_KEY_ENV)
    resp = httpx.post(
        RERANK_URL,
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "rerank-v3.5", "query": query, "documents": docs, "top_n": top_n},
        timeout=20,
    )
    match resp:
        case httpx.Response(status_code=200):
            body = resp.json()
            units = body.get("meta", {}).get("billed_units", {})
            log.info("rerank billed %s search unit(s)", units.get("search_units"))
            return [(r["index"], r["relevance_score"]) for r in body["results"]]
        case httpx.Response(status_code=401):
            raise PermissionError("Cohere rejected the key ending " + key[-4:])
        case httpx.Response(status_code=429, headers=h):
            raise RuntimeError(f"Cohere rate limit; retry-after={h.get('retry-after')}")
        case httpx.Response(status_code=code):
            raise RuntimeError(f"Cohere rerank failed {code}: {resp.text[:200]}")
    raise AssertionError("unreachable")


def best_passages(query: str, passages: list[str], k: int = 3) -> list[str]:
    ranked = rerank(query, passages, top_n=k)
    log.info("top scores: %s", [round(score, 3) for _, score in ranked])
    return [passages[i] for i, _ in ranked]
