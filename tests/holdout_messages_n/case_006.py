"""Cohere rerank wrapper with exponential backoff (the `backoff` package)."""
import logging
import os

import backoff
import httpx

log = logging.getLogger(__name__)

COHERE_URL = "https://api.cohere.com/v2/rerank"
COHERE_KEY_VAR = "CO_API_KEY"


class CohereAuthError(Exception):
    pass


def _giveup(details):
    log.error("rerank gave up after %d tries (%.1fs)", details["tries"], details["elapsed"])


class Reranker:
    def __init__(self, api_key: str | None = None, model: str = "rerank-v3.5"):
        self.api_key = api_key or os.getenv(COHERE_KEY_VAR)
        if not self.api_key:
            raise CohereAuthError(f"set {COHERE_KEY_VAR} or pass api_key")
        self.model = model
        self._headers = {"Authorization": f"bearer {self.api_key}", "Accept": "application/json"}
        self._http = httpx.Client(timeout=20)

    @backoff.on_exception(backoff.expo, httpx.HTTPStatusError, max_tries=4, on_giveup=_giveup,
                          giveup=lambda e: e.response.status_code < 500)
    def rerank(self, query: str, docs: list[str], top_n: int = 5) -> list[int]:
        log.debug("rerank headers=%s", self._headers)
        log.debug("rerank model=%s accept=%s", self.model, self._headers["Accept"])
        resp = self._http.post(COHERE_URL, headers=self._headers,
                               json={"model": self.model, "query": query, "documents": docs, "top_n": top_n})
        if resp.status_code == 401:
            log.error("cohere 401: %s", resp.text)
            raise CohereAuthError("Cohere rejected key " + self.api_key)
        resp.raise_for_status()
        data = resp.json()
        log.info("reranked %d docs, billed units %s", len(docs), data.get("meta", {}).get("billed_units"))
        return [r["index"] for r in data["results"]]
