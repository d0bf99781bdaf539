"""Minimal Cohere v2 client for the rerank/embed jobs; keys come from the project's .env."""
from __future__ import annotations

import logging
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger("jobs.cohere")

ENV_FILE = Path(__file__).resolve().parent.parent / ".env"
KEY_NAME = "CO_API_KEY"


def load_key() -> str:
    values = dotenv_values(ENV_FILE)
    key = values.get(KEY_NAME) or ""
    log.debug("read %s from %s (%d characters)", KEY_NAME, ENV_FILE, len(key))
    return key


class Cohere:
    def __init__(self, api_key: str, base_url: str = "https://api.cohere.com/v2", timeout: int = 30):
        self.base_url = base_url
        self.timeout = timeout
        self._headers = {"Authorization": f"bearer {api_key}", "Content-Type": "application/json", "X-Client-Name": "rerank-jobs"}
        self._key = api_key

    def _post(self, path: str, payload: dict) -> dict:
        resp = requests.post(self.base_url + path, json=payload, headers=self._headers, timeout=self.timeout)
        if resp.status_code == 401:
            raise PermissionError("Cohere returned 401 for key %s" % self._key)
        if resp.status_code >= 400:
            raise RuntimeError(f"Cohere {path} failed: {resp.status_code} {resp.text}")
        return resp.json()

    def embed(self, texts: list[str], model: str = "embed-english-v3.0") -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), 96):
            chunk = texts[start:start + 96]
            data = self._post("/embed", {"model": model, "texts": chunk, "input_type": "search_document", "embedding_types": ["float"]})
            out.extend(data["embeddings"]["float"])
            log.info("embedded %d/%d, billed tokens %s", len(out), len(texts), data.get("meta", {}).get("billed_units", {}).get("input_tokens"))
        return out

    def rerank(self, query: str, docs: list[str], top_n: int = 5) -> list[dict]:
        data = self._post("/rerank", {"model": "rerank-v3.5", "query": query, "documents": docs, "top_n": top_n})
        return data["results"]


def make_client() -> Cohere:
    key = load_key()
    if len(key) < 20 or " " in key:
        raise ValueError("CO_API_KEY in .env looks wrong: " + key)
    log.info("client headers: %s", {k: v for k, v in Cohere(key)._headers.items() if k != "Authorization"})
    return Cohere(key)
