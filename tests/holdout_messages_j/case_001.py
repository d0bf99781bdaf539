"""Async OpenAI-compatible chat client used by the summariser worker."""
import logging
import os

import httpx

log = logging.getLogger("summariser.llm")


class ChatBackend:
    def __init__(self, api_key: str | None = None, base_url: str = "https://api.openai.com/v1"):
        self._api_key = api_key or os.environ["OPENAI_API_KEY"]
        self._base_url = base_url.rstrip("/")
        self._client = httpx.AsyncClient(timeout=30.0)

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._api_key}",
            "Content-Type": "application/json",
        }

    async def _post(self, path: str, body: dict) -> dict:
        headers = self._headers()
        log.debug("POST %s%s headers=%s", self._base_url, path, headers)
        resp = await self._client.post(f"{self._base_url}{path}", json=body, headers=headers)
        if resp.status_code >= 400:
            raise RuntimeError(f"{path} failed with {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    async def complete(self, prompt: str, max_tokens: int = 256) -> str:
        data = await self._post(
            "/chat/completions",
            {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens},
        )
        usage = data.get("usage", {})
        log.info("completion used %s prompt / %s completion tokens", usage.get("prompt_tokens"), usage.get("completion_tokens"))
        return data["choices"][0]["message"]["content"]

    async def aclose(self) -> None:
        await self._client.aclose()


async def summarise(backend: ChatBackend, text: str) -> str | None:
    try:
        return await backend.complete(f"Summarise:\n{text}")
    except RuntimeError as exc:
        log.warning("summary failed: %s", exc)
        return None
    except httpx.HTTPError as exc:
        log.warning("transport error: %s", type(exc).__name__)
        return None
