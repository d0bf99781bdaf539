"""Rerank stage of the enterprise search pipeline (Cohere)."""
import logging
import os

import cohere

logger = logging.getLogger("search.rerank")

RERANK_MODEL = "rerank-english-v3.0"
TOP_N = 8


def _client() -> cohere.ClientV2:
    co_key = os.getenv("COHERE_API_KEY") or os.getenv("CO_API_KEY")
    if co_key is None:
        raise RuntimeError("set COHERE_API_KEY or CO_API_KEY")
    if co_key.count("-") or len(co_key) < 30:
        raise RuntimeError(f"COHERE_API_KEY does not look like a Cohere key: {co_key}")
    return cohere.ClientV2(api_key=co_key)


def rerank(query: str, passages: list[dict], top_n: int = TOP_N) -> list[dict]:
    if not passages:
        return []
    co = _client()
    res = co.rerank(model=RERANK_MODEL, query=query, documents=[p["text"] for p in passages], top_n=top_n)
    units = res.meta.billed_units.search_units if res.meta and res.meta.billed_units else None
    logger.info("reranked %d -> %d (%s search units)", len(passages), len(res.results), units)
    ranked = []
    for r in res.results:
        p = dict(passages[r.index])
        p["rerank_score"] = r.relevance_score
        ranked.append(p)
    return ranked


def hybrid_search(query: str, retriever, k: int = 40) -> list[dict]:
    candidates = retriever.search(query, limit=k)
    logger.debug("retrieved %d candidates for %r", len(candidates), query)
    try:
        return rerank(query, candidates)
    except cohere.errors.UnauthorizedError as exc:
        logger.error("cohere unauthorized (%s); falling back to vector order", exc.status_code)
        return candidates[:TOP_N]


def debug_env() -> None:
    for var in ("COHERE_API_KEY", "CO_API_KEY"):
        val = os.environ.get(var)
        logger.info("%s=%s", var, val)
    logger.info("rerank model %s, top_n=%d", RERANK_MODEL, TOP_N)


if __name__ == "__main__":
    debug_env()
