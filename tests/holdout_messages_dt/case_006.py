import logging
import os
from functools import cached_property

import cohere

logger = logging.getLogger("rerank")


class LoggingMixin:
    log_prefix = "client"

    def _trace(self, what: str, headers: dict) -> None:
        logger.debug("[%s] %s headers=%s", self.log_prefix, what, sorted(headers))


class AuthMixin:
    _token: str

    @property
    def auth_headers(self) -> dict:
        return {"Authorization": f"Bearer {self._token}", "X-Client-Name": "rerank-svc"}


class CohereReranker(AuthMixin, LoggingMixin):
    log_prefix = "cohere"

    def __init__(self, token: str | None = None, model: str = "rerank-english-v3.0") -> None:
        self._token = token or os.environ["CO_API_KEY"]
        self.model = model
        self.timeout = 15

    @cached_property
    def client(self) -> cohere.Client:
        return cohere.Client(api_key=self._token, timeout=self.timeout)

    def rerank(self, query: str, docs: list[str], top_n: int = 5):
        self._trace("rerank", self.auth_headers)
        logger.debug("sending with %s", self.auth_headers)
        res = self.client.rerank(model=self.model, query=query, documents=docs, top_n=top_n)
        units = res.meta.billed_units
        logger.info("rerank done: %s search units, model=%s", units.search_units, self.model)
        return [(r.index, r.relevance_score) for r in res.results]


class DebugReranker(CohereReranker):
    """Used by the notebook people; prints what it sends."""

    def rerank(self, query: str, docs: list[str], top_n: int = 5):
        print(f"[debug] token={self._token} model={self.model}")
        print(f"[debug] timeout={self.timeout}s top_n={top_n}")
        return super().rerank(query, docs, top_n)


if __name__ == "__main__":
    rr = DebugReranker()
    print(rr.rerank("refund policy", ["We refund within 30 days.", "Shipping takes 5 days."]))
