"""Async messages client: request options and debug logging (Anthropic-SDK-like)."""
import logging
import os
from typing import Any

import httpx

log = logging.getLogger("acme.messages")


class AsyncMessagesClient:
    def __init__(self, api_key: str | None = None, base_url: str = "https://api.anthropic.com"):
        self.api_key = api_key if api_key is not None else os.environ.get("ANTHROPIC_API_KEY")
        if self.api_key is None:
            raise ValueError("The api_key client option must be set either by passing api_key to the client or by setting the ANTHROPIC_API_KEY environment variable")
        self._client = httpx.AsyncClient(base_url=base_url)

    def _build_options(self, path: str, body: dict[str, Any], extra_headers: dict | None) -> dict[str, Any]:
        headers = {"x-api-key": self.api_key, "anthropic-version": "2023-06-01", **(extra_headers or {})}
        return {"method": "post", "url": path, "headers": headers, "json_data": body}

    async def create(self, *, model: str, max_tokens: int, messages: list, extra_headers: dict | None = None) -> dict:
        options = self._build_options("/v1/messages", {"model": model, "max_tokens": max_tokens, "messages": messages}, extra_headers)
        log.debug("Request options: %s", options)
        log.debug("Request body: %s", options["json_data"])
        resp = await self._client.request(options["method"], options["url"], headers=options["headers"], json=options["json_data"])
        log.debug("HTTP Response: %s %s %s", options["method"].upper(), resp.url, resp.status_code)
        if resp.status_code >= 400:
            raise httpx.HTTPStatusError(f"{resp.status_code} for {options['url']}: {resp.text}", request=resp.request, response=resp)
        data = resp.json()
        log.debug("stop_reason=%s output_tokens=%s", data.get("stop_reason"), data.get("usage", {}).get("output_tokens"))
        return data

    async def count_tokens(self, *, model: str, messages: list) -> int:
        options = self._build_options("/v1/messages/count_tokens", {"model": model, "messages": messages}, None)
        resp = await self._client.post(options["url"], headers=options["headers"], json=options["json_data"])
        n = resp.json()["input_tokens"]
        log.debug("count_tokens(%s) = %d", model, n)
        return n
