"""Automatic persisted queries in front of an OpenRouter-backed GraphQL gateway."""
import hashlib
import json
import logging
import os

import requests

logger = logging.getLogger("apq.gateway")

SITE_URL = "https://docs.example.org"
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
PERSISTED: dict[str, str] = {}


def build_headers(api_key: str) -> dict:
    return {"Authorization": f"Bearer {api_key}", "HTTP-Referer": SITE_URL, "X-Title": "docs-bot"}


def openrouter_key() -> str:
    key = os.environ["OPENROUTER_API_KEY"]
    if not key.startswith("sk-or-v1-"):
        raise ValueError("OpenRouter key must start with sk-or-v1-, got " + key)
    return key


def lookup_query(extensions: dict, query: str | None) -> str:
    pq = extensions.get("persistedQuery", {})
    digest = pq.get("sha256Hash")
    if query:
        if hashlib.sha256(query.encode()).hexdigest() != digest:
            raise ValueError(f"provided sha256Hash {digest} does not match query")
        PERSISTED[digest] = query
    elif digest not in PERSISTED:
        raise LookupError("PersistedQueryNotFound")
    logger.debug("persisted query %s (%d cached)", digest, len(PERSISTED))
    return PERSISTED[digest]


def answer(question: str) -> str:
    headers = build_headers(openrouter_key())
    logger.debug("header names %s", list(headers))
    logger.debug("openrouter headers=%s", headers)
    body = {"model": "meta-llama/llama-3.1-70b-instruct",
            "messages": [{"role": "user", "content": question}]}
    resp = requests.post(OPENROUTER_URL, headers=headers, data=json.dumps(body), timeout=60)
    if resp.status_code >= 400:
        logger.error("openrouter %s: %s", resp.status_code, resp.text)
        raise RuntimeError(f"upstream error {resp.status_code}")
    return resp.json()["choices"][0]["message"]["content"]


def handle(payload: dict) -> dict:
    query = lookup_query(payload.get("extensions", {}), payload.get("query"))
    question = (payload.get("variables") or {}).get("question", "")
    logger.info("operation %s", payload.get("operationName"))
    return {"data": {"answer": answer(question)}, "query": query}
