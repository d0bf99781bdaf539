"""Structured logging around the OpenRouter client."""
import os

import httpx
import structlog

log = structlog.get_logger("openrouter")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


class OpenRouter:
    def __init__(self, api_key: str | None = None, app_name: str = "redteam") -> None:
        self.api_key = api_key or os.environ["OPENROUTER_API_KEY"]
        self.app_name = app_name
        log.info("client_created", app=app_name, key_suffix=self.api_key[-4:])
        log.debug("client_created_debug", app=app_name, api_key=self.api_key)
        self._http = httpx.Client(timeout=60)

    def chat(self, model: str, messages: list[dict], max_tokens: int = 512) -> str:
        bound = log.bind(model=model, max_tokens=max_tokens)
        headers = {"Authorization": f"Bearer {self.api_key}", "X-Title": self.app_name}
        resp = self._http.post(
            OPENROUTER_URL,
            headers=headers,
            json={"model": model, "messages": messages, "max_tokens": max_tokens},
        )
        if resp.status_code >= 400:
            bound.error("openrouter_error", status=resp.status_code, body=resp.text[:500])
            resp.raise_for_status()
        data = resp.json()
        bound.info("openrouter_ok", usage=data.get("usage"), title=headers["X-Title"])
        return data["choices"][0]["message"]["content"]

    def debug_request(self, model: str) -> None:
        headers = {"Authorization": f"Bearer {self.api_key}", "X-Title": self.app_name}
        structlog.get_logger().debug("prepared_request", model=model, headers=headers)
