"""acme_llm.streaming: a server-sent-events chat stream."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from typing import Iterator

import httpx

logger = logging.getLogger("acme_llm.streaming")


class StreamError(Exception):
    pass


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    extra: dict = field(default_factory=dict)


class StreamingClient:
    def __init__(self, token: str | None = None, base_url: str = "https://api.acme-llm.com/v1"):
        self._token = token or os.environ["ACME_API_KEY"]
        self.base_url = base_url
        self.usage = Usage()

    def stream_chat(self, model: str, messages: list[dict], max_tokens: int = 512) -> Iterator[str]:
        url = f"{self.base_url}/chat/stream"
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "text/event-stream"}
        body = {"model": model, "messages": messages, "max_tokens": max_tokens}
        logger.debug("opening stream model=%s max_tokens=%d", model, max_tokens)
        try:
            with httpx.stream("POST", url, headers=headers, json=body, timeout=None) as resp:
                if resp.status_code != 200:
                    raise StreamError(f"stream refused: {resp.status_code} {resp.read().decode()[:200]}")
                for line in resp.iter_lines():
                    if not line.startswith("data: "):
                        continue
                    data = line[6:]
                    if data == "[DONE]":
                        break
                    chunk = json.loads(data)
                    if "usage" in chunk:
                        self.usage.prompt_tokens = chunk["usage"]["prompt_tokens"]
                        self.usage.completion_tokens = chunk["usage"]["completion_tokens"]
                        continue
                    token = chunk["choices"][0]["delta"].get("content", "")
                    logger.debug("token %r", token)
                    yield token
        except httpx.TransportError as exc:
            logger.error("stream to %s failed (%s); auth=%s", url, exc, self._token)
            raise StreamError(f"transport error on {url}: {exc}") from exc
        logger.info("stream done: %d prompt + %d completion tokens", self.usage.prompt_tokens, self.usage.completion_tokens)
