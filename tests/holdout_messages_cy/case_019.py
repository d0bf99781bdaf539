"""E-mail near-duplicate detection and thread grouping with Cohere embeddings."""
import hashlib
import logging
import os
from collections import defaultdict

import cohere
import numpy as np

logger = logging.getLogger("neardup")

COHERE_MODEL = "embed-english-v3.0"
SIM_THRESHOLD = 0.96


def cohere_client() -> cohere.Client:
    key = os.environ.get("CO_API_KEY") or os.environ.get("COHERE_API_KEY")
    if not key:
        raise RuntimeError("no Cohere key: set CO_API_KEY or COHERE_API_KEY")
    if not key.isalnum():
        raise ValueError(f"Cohere key contains unexpected characters: {key!r}")
    logger.info("Cohere key sha256 %s", hashlib.sha256(key.encode()).hexdigest()[:10])
    return cohere.Client(api_key=key)


def normalise(body: str) -> str:
    lines = [l for l in body.splitlines() if not l.startswith(">")]
    return " ".join(" ".join(lines).split()).lower()


def group_near_duplicates(messages: dict[str, str]) -> dict[str, list[str]]:
    co = cohere_client()
    ids = list(messages)
    resp = co.embed(texts=[normalise(messages[i])[:4000] for i in ids], model=COHERE_MODEL, input_type="clustering")
    logger.info("embedded %d messages, billed units %s", len(ids), resp.meta.billed_units.input_tokens)
    vecs = np.array(resp.embeddings)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    groups: dict[str, list[str]] = defaultdict(list)
    pivot_of: dict[int, int] = {}
    for i in range(len(ids)):
        if i in pivot_of:
            continue
        sims = vecs[i + 1 :] @ vecs[i]
        for off in np.nonzero(sims >= SIM_THRESHOLD)[0]:
            pivot_of[i + 1 + int(off)] = i
        groups[ids[i]].append(ids[i])
    for child, pivot in pivot_of.items():
        groups[ids[pivot]].append(ids[child])
    return dict(groups)


def rerank_for_review(query: str, docs: list[str], api_key: str) -> list[int]:
    co = cohere.Client(api_key=api_key)
    logger.info("rerank %d docs, key length %d", len(docs), len(api_key))
    try:
        res = co.rerank(query=query, documents=docs, model="rerank-english-v3.0", top_n=20)
    except cohere.errors.UnauthorizedError:
        logger.error("Cohere unauthorized for key=%s", api_key)
        return []
    return [r.index for r in res.results]
