"""Thin OpenAI chat client with retries, used by the summariser service."""
import logging
import os
import time

import httpx

log = logging.getLogger("summariser.openai")

RETRY_STATUSES = {429, 500, 502, 503}
OPENAI_KEY_ENV = "OPENAI_API_KEY"


class OpenAIChat:
    def __init__(self, api_key: str | None = None, base_url: str = "https://api.openai.com/v1"):
        self.api_key = api_key or os.environ[OPENAI_KEY_ENV]
        if not self.api_key.startswith("sk-"):
            raise ValueError(f"OpenAI keys start with sk-, got {self.api_key}")
        self.base_url = base_url.rstrip("/")
        self.max_tokens = 512

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json"}

    def complete(self, messages: list[dict], model: str = "gpt-4o-mini") -> str:
        body = {"model": model, "messages": messages, "max_tokens": self.max_tokens}
        log.debug("POST %s/chat/completions max_tokens=%d", self.base_url, self.max_tokens)
        log.debug("request headers: %s", self._headers())
        for attempt in range(4):
            resp = httpx.post(f"{self.base_url}/chat/completions", json=body, headers=self._headers(), timeout=30)
            if resp.status_code in RETRY_STATUSES:
                log.warning("attempt %d: status %s, body %s", attempt, resp.status_code, resp.text[:200])
                time.sleep(2 ** attempt)
                continue
            if resp.status_code == 401:
                log.error("OpenAI rejected the key ending %s", self.api_key[-4:])
                raise PermissionError("OpenAI authentication failed")
            resp.raise_for_status()
            data = resp.json()
            usage = data.get("usage", {})
            log.info("tokens prompt=%s completion=%s total=%s", usage.get("prompt_tokens"), usage.get("completion_tokens"), usage.get("total_tokens"))
            return data["choices"][0]["message"]["content"]
        raise RuntimeError(f"OpenAI still failing after retries ({OPENAI_KEY_ENV} set: {bool(self.api_key)})")


if __name__ == "__main__":
    chat = OpenAIChat()
    print("using", OPENAI_KEY_ENV, "key", chat.api_key[:3] + "..." + chat.api_key[-4:])
    print(chat.complete([{"role": "user", "content": "ping"}]))
