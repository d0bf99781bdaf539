"""Code-review assistant: sends a diff to Anthropic and returns inline suggestions."""
import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("reviewbot.llm")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
MAX_TOKENS = 2048
ANTHROPIC_VERSION = "2023-06-01"


@dataclass
class ReviewSettings:
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = MAX_TOKENS
    api_key: str = field(default_factory=lambda: os.environ.get("ANTHROPIC_API_KEY", ""))
    temperature: float = 0.1


class Reviewer:
    def __init__(self, settings: ReviewSettings):
        if not settings.api_key:
            raise ValueError(f"ANTHROPIC_API_KEY is not set (got {settings.api_key!r})")
        self.settings = settings
        self.headers = {"x-api-key": settings.api_key, "anthropic-version": ANTHROPIC_VERSION, "content-type": "application/json"}
        log.info("reviewer model=%s max_tokens=%d", settings.model, settings.max_tokens)

    def _payload(self, diff: str) -> dict:
        return {
            "model": self.settings.model,
            "max_tokens": self.settings.max_tokens,
            "temperature": self.settings.temperature,
            "messages": [{"role": "user", "content": f"Review this diff:\n{diff}"}],
        }

    def review(self, diff: str) -> str:
        resp = httpx.post(ANTHROPIC_URL, headers=self.headers, json=self._payload(diff), timeout=60)
        if resp.status_code == 401:
            log.error("anthropic 401 with headers %s", self.headers)
            raise PermissionError(f"Anthropic rejected key {self.settings.api_key} for {self.settings.model}")
        if resp.status_code >= 400:
            raise RuntimeError(f"anthropic error {resp.status_code}: {resp.text}")
        data = resp.json()
        usage = data.get("usage", {})
        log.debug("input_tokens=%s output_tokens=%s", usage.get("input_tokens"), usage.get("output_tokens"))
        return "".join(block.get("text", "") for block in data["content"])


def review_pull_request(diff: str) -> str:
    settings = ReviewSettings()
    log.debug("settings: model=%s temperature=%s", settings.model, settings.temperature)
    return Reviewer(settings).review(diff)
