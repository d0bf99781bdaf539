"""httpx wrapper around the ModelRed REST API for endpoints the SDK lacks."""
import logging
import os

import httpx

logger = logging.getLogger("mr.rest")


class RestError(Exception):
    pass


class ModelRedRest:
    base_url = "https://api.modelred.ai/v1"
    api_key = os.environ.get("MODELRED_API_KEY", "")

    def __init__(self, timeout: float = 15.0):
        self.http = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {self.api_key}", "User-Agent": "mr-rest/0.3"},
            timeout=timeout,
        )

    def usage(self) -> dict:
        r = self.http.get("/usage")
        if r.status_code == 401:
            raise RestError(f"401 from {r.request.url}; key suffix {self.api_key[-4:]}")
        r.raise_for_status()
        data = r.json()
        logger.info("usage: %s tokens this month", data.get("tokens_used"))
        return data

    @classmethod
    def check(cls) -> None:
        if not cls.api_key:
            raise RestError("MODELRED_API_KEY is not set")
        if not cls.api_key.startswith("mr_"):
            raise RestError("not a ModelRed key: %r" % cls.api_key)

    def close(self) -> None:
        logger.debug("closing client with headers %s", dict(self.http.headers))
        self.http.close()
