"""ha_llm_bridge/api.py - client used by a HA integration to talk to a local Ollama or a cloud LLM."""
from __future__ import annotations

import logging
from typing import Any

import aiohttp

_LOGGER = logging.getLogger(__name__)


class LLMBridgeClient:
    def __init__(self, session: aiohttp.ClientSession, base_url: str, api_key: str | None = None) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._api_key = api_key
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}

    async def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        url = f"{self._base_url}{path}"
        async with self._session.post(url, json=payload, headers=self._headers) as resp:
            if resp.status == 401:
                raise PermissionError(f"401 from {url} using headers {self._headers}")
            if resp.status >= 400:
                body = await resp.text()
                raise aiohttp.ClientResponseError(resp.request_info, resp.history, status=resp.status, message=body[:200])
            return await resp.json()

    async def chat(self, prompt: str, model: str, max_tokens: int = 256) -> str:
        data = await self._post("/v1/chat/completions", {
            "model": model, "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}],
        })
        usage = data.get("usage", {})
        _LOGGER.debug("chat %s used %s tokens", model, usage.get("total_tokens"))
        return data["choices"][0]["message"]["content"]

    async def validate(self) -> bool:
        try:
            await self._post("/v1/models", {})
        except PermissionError:
            _LOGGER.warning("bridge key invalid (%s)", "set" if self._api_key else "unset")
            return False
        return True

    def describe(self) -> str:
        return f"LLMBridgeClient({self._base_url}, key={self._api_key})"

    def __repr__(self) -> str:
        return f"LLMBridgeClient({self._base_url}, has_key={self._api_key is not None})"


def log_client(client: LLMBridgeClient) -> None:
    _LOGGER.debug("created %r", client)
    _LOGGER.debug("created %s", client.describe())
