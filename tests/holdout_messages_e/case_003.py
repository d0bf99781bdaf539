"""Thin HTTP client for the internal eval gateway (keys travel in headers)."""
import logging

import requests

logger = logging.getLogger(__name__)


class GatewayError(RuntimeError):
    def __init__(self, message, *, status_code=None, request_id=None):
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id


class GatewayClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {api_key}"})

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        if resp.status_code == 401:
            raise GatewayError(
                f"gateway rejected key {self.api_key} at {url}",
                status_code=401,
            )
        if not resp.ok:
            raise GatewayError(
                f"{path} failed: {resp.status_code} {resp.text[:200]}",
                status_code=resp.status_code,
                request_id=resp.headers.get("x-request-id"),
            )
        return resp.json()

    def score(self, prompt: str, completion: str) -> float:
        body = self._post("/v1/score", {"prompt": prompt, "completion": completion})
        logger.debug("score response keys: %s", sorted(body))
        return float(body["score"])

    def debug_dump(self) -> None:
        logger.debug("session headers: %s", self.session.headers)

    def __repr__(self) -> str:
        return f"GatewayClient(base_url={self.base_url!r}, timeout={self.timeout})"
