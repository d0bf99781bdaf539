"""OpenRouter client that keeps one requests.Session with auth headers."""
import logging
import os

import requests

log = logging.getLogger(__name__)


class OpenRouterClient:
    def __init__(self, app_name: str = "redteam-harness"):
        self.app_name = app_name
        self.session = requests.Session()
        self._configure()

    def _configure(self) -> None:
        key = os.environ["OPENROUTER_API_KEY"]
        self.session.headers.update({"Authorization": f"Bearer {key}", "X-Title": self.app_name})

    def chat(self, model: str, messages: list, max_tokens: int = 256) -> dict:
        body = {"model": model, "messages": messages, "max_tokens": max_tokens}
        resp = self.session.post("https://openrouter.ai/api/v1/chat/completions", json=body, timeout=60)
        if resp.status_code >= 400:
            log.error("openrouter %s: %s", resp.status_code, resp.text[:500])
            raise RuntimeError(f"openrouter returned {resp.status_code}")
        data = resp.json()
        log.info("model=%s prompt_tokens=%s", model, data["usage"]["prompt_tokens"])
        return data

    def dump_session(self) -> None:
        log.debug("session headers: %s", dict(self.session.headers))
        log.debug("X-Title: %s", self.session.headers.get("X-Title"))
        log.debug("auth scheme: %s", self.session.headers["Authorization"].split(" ")[0])

    def credits(self) -> float:
        resp = self.session.get("https://openrouter.ai/api/v1/credits", timeout=10)
        resp.raise_for_status()
        remaining = resp.json()["data"]["total_credits"]
        log.info("credits remaining %.2f", remaining)
        return remaining
