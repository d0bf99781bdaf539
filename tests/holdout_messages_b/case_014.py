import logging
import os

import anthropic
import httpx

log = logging.getLogger(__name__)
ANTHROPIC_KEY_ENV = "ANTHROPIC_API_KEY"
DEFAULT_MAX_TOKENS = 1024
MODEL = "claude-3-5-sonnet-latest"


class ClaudeClient:
    def __init__(self, api_key: str | None = None, base_url: str | None = None):
        self._api_key = api_key or os.environ[ANTHROPIC_KEY_ENV]
        self._base_url = base_url or "https://api.anthropic.com"
        self._client = anthropic.AsyncAnthropic(api_key=self._api_key, base_url=self._base_url)
        log.info("Claude client for %s (key from %s)", self._base_url, ANTHROPIC_KEY_ENV)

    async def count_tokens(self, text: str) -> int:
        result = await self._client.messages.count_tokens(
            model=MODEL, messages=[{"role": "user", "content": text}]
        )
        log.debug("input_tokens=%d", result.input_tokens)
        return result.input_tokens

    async def raw_health(self) -> bool:
        headers = {"x-api-key": self._api_key, "anthropic-version": "2023-06-01"}
        async with httpx.AsyncClient(base_url=self._base_url, timeout=10) as http:
            resp = await http.get("/v1/models", headers=headers)
        if resp.status_code != 200:
            log.warning("health check failed %s: %s", resp.status_code, resp.text)
            log.debug("sent headers %r", headers)
            return False
        return True

    async def ask(self, prompt: str, max_tokens: int = DEFAULT_MAX_TOKENS) -> str:
        try:
            msg = await self._client.messages.create(
                model=MODEL, max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}]
            )
        except anthropic.AuthenticationError as exc:
            raise PermissionError(f"Anthropic key {self._api_key!r} was rejected") from exc
        return msg.content[0].text
