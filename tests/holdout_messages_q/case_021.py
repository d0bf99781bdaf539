"""Async streaming chat completions over server-sent events."""
from __future__ import annotations

import json
import logging
import os
from typing import Any, AsyncIterator, Dict, List, Optional

import httpx

logger = logging.getLogger("quickinfer")


class QuickInferError(Exception):
    def __init__(self, message: str, *, status_code: Optional[int] = None, body: Any = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class AsyncQuickInfer:
    def __init__(self, api_key: Optional[str] = None, base_url: str = "https://api.quickinfer.com/openai/v1") -> None:
        api_key = api_key or os.environ.get("QUICKINFER_API_KEY")
        if api_key is None:
            raise QuickInferError("The api_key client option must be set either by passing api_key to the client or by setting the QUICKINFER_API_KEY environment variable")
        self.api_key = api_key
        self._client = httpx.AsyncClient(base_url=base_url, timeout=httpx.Timeout(60.0, connect=5.0))

    async def stream_chat(self, messages: List[Dict[str, str]], model: str, max_tokens: int = 1024, **kwargs: Any) -> AsyncIterator[str]:
        payload = {"model": model, "messages": messages, "max_tokens": max_tokens, "stream": True, **kwargs}
        headers = {"Authorization": f"Bearer {self.api_key}", "Accept": "text/event-stream"}
        async with self._client.stream("POST", "/chat/completions", json=payload, headers=headers) as resp:
            if resp.status_code == 401:
                body = await resp.aread()
                raise QuickInferError(f"Invalid API Key {self.api_key}", status_code=401, body=body)
            if resp.status_code >= 400:
                body = await resp.aread()
                raise QuickInferError(f"Error code: {resp.status_code} - {body.decode(errors='replace')}", status_code=resp.status_code, body=body)
            n_tokens = 0
            async for line in resp.aiter_lines():
                if not line.startswith("data: ") or line == "data: [DONE]":
                    continue
                chunk = json.loads(line[6:])
                token = chunk["choices"][0]["delta"].get("content") or ""
                n_tokens += 1
                logger.debug("stream token %r", token)
                yield token
            logger.info("stream finished: %d chunks, x_request_id=%s", n_tokens, resp.headers.get("x-request-id"))

    async def aclose(self) -> None:
        await self._client.aclose()

    async def __aenter__(self) -> "AsyncQuickInfer":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        if exc[0] is not None:
            logger.debug("closing client after %s (key configured: %s)", exc[0].__name__, bool(self.api_key))
        await self.aclose()
