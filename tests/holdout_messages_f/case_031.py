"""OpenAI-compatible client for self-hosted servers (vLLM, TGI) with safe reprs."""
import logging
import os

import httpx

logger = logging.getLogger("acme.compat")


class CompatClient:
    def __init__(self, base_url: str, api_key: str | None = None, organization: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key or os.environ.get("VLLM_API_KEY", "EMPTY")
        self.organization = organization
        self._http = httpx.Client(base_url=self.base_url, headers={"Authorization": f"Bearer {self.api_key}"})

    def __repr__(self) -> str:
        return f"CompatClient(base_url={self.base_url!r}, organization={self.organization!r}, api_key=***)"

    def models(self) -> list[str]:
        resp = self._http.get("/models")
        if resp.status_code != 200:
            logger.error("GET /models on %r failed: %s", self, resp.status_code)
            raise ConnectionError(f"{self.base_url} answered {resp.status_code}")
        return [m["id"] for m in resp.json()["data"]]

    def debug_state(self) -> None:
        logger.debug("client %r", self)
        logger.debug("client state %s", vars(self))

    def copy_with(self, **overrides) -> "CompatClient":
        unknown = set(overrides) - {"base_url", "api_key", "organization"}
        if unknown:
            raise TypeError(f"unknown options {sorted(unknown)}")
        state = {"base_url": self.base_url, "api_key": self.api_key, "organization": self.organization}
        state.update(overrides)
        if not state["base_url"].startswith("http"):
            raise ValueError(f"bad base_url in {state}")
        return CompatClient(**state)

    def health(self) -> bool:
        try:
            return self._http.get("/health").status_code == 200
        except httpx.HTTPError as exc:
            logger.warning("health check for %s failed: %s", self.base_url, exc)
            return False
