"""Cohere rerank service with %-style, .format and f-string logging."""
import logging
import os
import time

import requests

logger = logging.getLogger(__name__)


class Reranker:
    URL = "https://api.cohere.com/v2/rerank"

    def __init__(self, model: str = "rerank-english-v3.0"):
        self.model = model
        self.primary_key = os.environ["COHERE_API_KEY"]
        self.fallback_key = os.getenv("COHERE_FALLBACK_KEY")
        self.headers = {
            "Authorization": "Bearer " + self.primary_key,
            "Content-Type": "application/json",
            "X-Client-Name": "reranker",
        }

    def _post(self, payload: dict) -> requests.Response:
        logger.debug("headers: %s", self.headers)
        logger.debug("header names: %s", sorted(self.headers))
        return requests.post(self.URL, headers=self.headers, json=payload, timeout=15)

    def rerank(self, query: str, docs: list[str], top_n: int = 5) -> list[int]:
        t0 = time.perf_counter()
        resp = self._post({"model": self.model, "query": query, "documents": docs, "top_n": top_n})
        if resp.status_code == 401 and self.fallback_key:
            logger.warning("retrying with fallback key {}".format(self.fallback_key))
            logger.warning("primary key ending %s rejected", self.primary_key[-4:])
            self.headers["Authorization"] = "Bearer " + self.fallback_key
            resp = self._post({"model": self.model, "query": query, "documents": docs, "top_n": top_n})
        if not resp.ok:
            logger.error("rerank failed: %s %s", resp.status_code, resp.text)
            raise RuntimeError("rerank failed with HTTP %d" % resp.status_code)
        ms = (time.perf_counter() - t0) * 1000
        logger.info("rerank took {:.1f} ms for {} docs".format(ms, len(docs)))
        meta = resp.json().get("meta", {})
        logger.info(f"billed search units: {meta.get('billed_units', {}).get('search_units')}")
        return [r["index"] for r in resp.json()["results"]]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(Reranker().rerank("best pizza", ["a pizza place", "a car wash", "pasta bar"]))
