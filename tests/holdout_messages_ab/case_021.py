"""Typed harness client used by the eval suites."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Final

import httpx

LOG: Final = logging.getLogger("harness.client")
DEFAULT_TIMEOUT: Final[float] = 60.0
TOKEN_HEADER: Final[str] = "Authorization"


@dataclass
class CompletionResult:
    text: str
    prompt_tokens: int
    completion_tokens: int
    latency_s: float


@dataclass
class HarnessClient:
    base_url: str
    api_key: str
    model: str
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.headers: dict[str, str] = {TOKEN_HEADER: f"Bearer {self.api_key}", **self.extra}
        self._http = httpx.Client(base_url=self.base_url, headers=self.headers, timeout=DEFAULT_TIMEOUT)

    def __repr__(self) -> str:
        return f"HarnessClient(base_url={self.base_url!r}, model={self.model!r}, api_key='…{self.api_key[-4:]}')"

    def complete(self, prompt: str, *, max_tokens: int = 256) -> CompletionResult:
        LOG.debug("complete via %r, max_tokens=%d", self, max_tokens)
        resp = self._http.post("/chat/completions", json={
            "model": self.model, "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}]})
        if resp.status_code in (401, 403):
            LOG.error("auth failed (%d); sent headers %s", resp.status_code, self.headers)
            resp.raise_for_status()
        data: dict[str, Any] = resp.json()
        u = data["usage"]
        LOG.debug("usage prompt=%d completion=%d", u["prompt_tokens"], u["completion_tokens"])
        return CompletionResult(data["choices"][0]["message"]["content"], u["prompt_tokens"],
                                u["completion_tokens"], resp.elapsed.total_seconds())

    def rotate(self, new_key: str) -> None:
        if new_key == self.api_key:
            raise ValueError(f"rotate(): new key equals the current key {self.api_key}")
        self.api_key = new_key
        self.headers[TOKEN_HEADER] = f"Bearer {new_key}"
        self._http.headers.update(self.headers)
        LOG.info("rotated key for %s (header %s)", self.model, TOKEN_HEADER)

    def close(self) -> None:
        self._http.close()
