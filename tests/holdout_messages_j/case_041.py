"""Async xAI (Grok) client with its own error types."""
import logging
import os

import httpx

log = logging.getLogger("xai")


class XaiError(Exception):
    def __init__(self, message: str, *, status_code: int | None = None, api_key: str | None = None, body: str | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.api_key = api_key
        self.body = body


class XaiAuthError(XaiError):
    pass


class XaiClient:
    def __init__(self, api_key: str | None = None):
        self._key = api_key or os.environ.get("XAI_API_KEY") or ""
        assert self._key.startswith("xai-"), f"XAI_API_KEY must start with xai-, got {self._key}"
        self._http = httpx.AsyncClient(base_url="https://api.x.ai/v1", timeout=60)

    async def chat(self, messages: list[dict], model: str = "grok-2-latest", max_tokens: int = 512) -> dict:
        resp = await self._http.post("/chat/completions", json={"model": model, "messages": messages, "max_tokens": max_tokens}, headers={"Authorization": f"Bearer {self._key}"})
        if resp.status_code == 401:
            raise XaiAuthError(f"xAI rejected the key starting {self._key[:8]}", status_code=401, api_key=self._key)
        if resp.status_code == 403:
            raise XaiAuthError("key %s lacks access to %s" % (self._key, model), status_code=403)
        if resp.is_error:
            raise XaiError(f"xAI error {resp.status_code}", status_code=resp.status_code, body=resp.text)
        return resp.json()

    async def aclose(self) -> None:
        await self._http.aclose()


async def ask(question: str) -> str | None:
    client = XaiClient()
    try:
        data = await client.chat([{"role": "user", "content": question}])
    except XaiAuthError as exc:
        log.error("xAI auth failed (%s)", exc.status_code)
        return None
    except XaiError as exc:
        log.warning("xAI call failed: %s; body %s", exc, exc.body)
        return None
    finally:
        await client.aclose()
    log.info("grok answered with %d completion tokens", data["usage"]["completion_tokens"])
    return data["choices"][0]["message"]["content"]
