"""structlog setup and a gateway client that binds request context."""
from __future__ import annotations

import hashlib
import os

import httpx
import structlog

structlog.configure(processors=[structlog.processors.TimeStamper(fmt="iso"), structlog.processors.JSONRenderer()])
log = structlog.get_logger("gateway")

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


class GroqClient:
    def __init__(self, api_key: str, model: str = "llama-3.1-8b-instant") -> None:
        self._api_key = api_key
        self.model = model
        self.key_id = hashlib.sha256(api_key.encode()).hexdigest()[:10]
        self.http = httpx.Client(timeout=30, headers={"Authorization": f"Bearer {api_key}"})
        log.info("groq_client_created", model=model, key_id=self.key_id)

    def chat(self, prompt: str, *, max_tokens: int = 300, request_id: str = "-") -> str:
        bound = log.bind(request_id=request_id, model=self.model)
        resp = self.http.post(GROQ_URL, json={"model": self.model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]})
        if resp.status_code == 401:
            bound.error("groq_unauthorized", api_key=self._api_key)
            raise PermissionError("Groq rejected the configured key")
        if resp.status_code >= 400:
            bound.error("groq_error", status=resp.status_code, body=resp.text[:200])
            resp.raise_for_status()
        body = resp.json()
        bound.info("groq_ok", completion_tokens=body["usage"]["completion_tokens"], max_tokens=max_tokens)
        return body["choices"][0]["message"]["content"]

    def close(self) -> None:
        log.debug("groq_client_closing", headers=dict(self.http.headers))
        self.http.close()


def from_env() -> GroqClient:
    key = os.environ.get("GROQ_API_KEY")
    if key is None:
        raise RuntimeError("GROQ_API_KEY is not set")
    if not key.startswith("gsk_"):
        raise ValueError("GROQ_API_KEY has unexpected prefix " + key)
    return GroqClient(key)


if __name__ == "__main__":
    c = from_env()
    print(c.chat("Name three prime numbers."))
    c.close()
