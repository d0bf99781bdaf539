"""Async OpenRouter client with a key in the query string for the legacy stats endpoint."""
import logging
import os

import httpx

log = logging.getLogger("router.openrouter")


class UpstreamError(Exception):
    def __init__(self, message: str, status_code: int = 502, request_url: str | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.request_url = request_url


class OpenRouter:
    def __init__(self) -> None:
        self.openrouter_key = os.environ["OPENROUTER_API_KEY"]
        self.client = httpx.AsyncClient(base_url="https://openrouter.ai/api/v1", timeout=30)

    async def chat(self, model: str, messages: list[dict], max_tokens: int = 512) -> dict:
        try:
            resp = await self.client.post("/chat/completions", json={"model": model, "messages": messages, "max_tokens": max_tokens}, headers={"Authorization": f"Bearer {self.openrouter_key}"})
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            log.error("openrouter %s: %s", model, exc)
            raise UpstreamError(f"chat failed: {exc.response.status_code}", status_code=exc.response.status_code, request_url=str(exc.request.url)) from exc
        data = resp.json()
        log.info("model %s: %s tokens, generation %s", model, data.get("usage", {}).get("total_tokens"), data.get("id"))
        return data

    async def legacy_stats(self, generation_id: str) -> dict:
        url = f"https://openrouter.ai/api/v1/generation?id={generation_id}&key={self.openrouter_key}"
        try:
            resp = await self.client.get(url)
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            log.warning("stats for %s failed: %s", generation_id, exc)
            raise UpstreamError(f"stats unavailable: {exc}", status_code=exc.response.status_code) from exc
        except httpx.TransportError as exc:
            log.warning("stats transport error: %s", type(exc).__name__)
            raise UpstreamError("stats unavailable", request_url=url) from exc
        return resp.json()

    async def aclose(self) -> None:
        await self.client.aclose()
