"""Mistral chat adapter on aiohttp, used by the batch evaluator."""
import logging

import aiohttp

logger = logging.getLogger("evaluator.mistral")


class MistralError(Exception):
    def __init__(self, message: str, *, status: int | None = None, request_id: str | None = None):
        super().__init__(message)
        self.status = status
        self.request_id = request_id


class MistralAdapter:
    base_url = "https://api.mistral.ai/v1"

    def __init__(self, api_key: str, model: str = "mistral-large-latest"):
        self.api_key = api_key
        self.model = model

    async def chat(self, session: aiohttp.ClientSession, prompt: str, *, max_tokens: int = 512) -> str:
        url = f"{self.base_url}/chat/completions"
        payload = {"model": self.model, "messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens}
        headers = {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}
        logger.debug(
            "mistral request: url=%s key=%s payload=%s",
            url,
            self.api_key,
            payload,
        )
        async with session.post(url, headers=headers, json=payload) as resp:
            body = await resp.json()
            if resp.status == 401:
                raise MistralError(message=f"Mistral rejected key {self.api_key}", status=401)
            if resp.status >= 400:
                logger.error("mistral error %s: %s", resp.status, body.get("message"))
                raise MistralError(
                    f"Mistral returned {resp.status}",
                    status=resp.status,
                    request_id=resp.headers.get("x-request-id"),
                )
        usage = body.get("usage", {})
        logger.info("mistral ok: %d prompt / %d completion tokens", usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))
        return body["choices"][0]["message"]["content"]
