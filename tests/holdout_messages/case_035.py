"""Async OpenAI-compatible client with bearer auth."""
import logging

import httpx

log = logging.getLogger("llmclient")


class LLMError(Exception):
    pass


class AsyncLLM:
    def __init__(self, api_key: str, base_url: str = "https://api.groq.com/openai/v1"):
        self._api_key = api_key
        self._http = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=30)

    async def chat(self, messages: list[dict], model: str = "llama-3.1-8b-instant") -> str:
        r = await self._http.post("/chat/completions", json={"model": model, "messages": messages})
        if r.status_code == 401:
            raise LLMError(f"401 from {r.request.url}: {r.text}")
        if r.is_error:
            log.error("LLM call failed: %s %s", r.status_code, r.headers.get("x-request-id"))
            raise LLMError(f"HTTP {r.status_code}")
        return r.json()["choices"][0]["message"]["content"]

    async def debug(self) -> None:
        log.debug("client auth header: %s", self._http.headers["Authorization"])
        log.debug("client key: %s", self._api_key)

    async def aclose(self) -> None:
        await self._http.aclose()
