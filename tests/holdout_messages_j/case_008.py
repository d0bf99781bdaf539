"""structlog-instrumented client for the Together inference API."""
import hashlib
import os

import httpx
import structlog

log = structlog.get_logger("together.client")


def key_fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


class TogetherClient:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ.get("TOGETHER_API_KEY", "")
        self.http = httpx.Client(base_url="https://api.together.xyz/v1", timeout=45)
        log.info("together.init", key_fingerprint=key_fingerprint(self.api_key), key_set=bool(self.api_key))

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def complete(self, model: str, prompt: str, max_tokens: int = 200) -> str:
        bound = log.bind(model=model, max_tokens=max_tokens)
        resp = self.http.post("/completions", json={"model": model, "prompt": prompt, "max_tokens": max_tokens}, headers=self._auth())
        if resp.is_error:
            bound.error("together.error", status=resp.status_code, body=resp.text[:300])
            resp.raise_for_status()
        out = resp.json()
        bound.info("together.ok", total_tokens=out["usage"]["total_tokens"], finish=out["choices"][0]["finish_reason"])
        return out["choices"][0]["text"]

    def whoami(self) -> None:
        log.debug("together.auth", api_key=self.api_key, base_url=str(self.http.base_url))
        log.debug("together.auth_headers", header_names=list(self._auth()))


def run() -> None:
    client = TogetherClient()
    try:
        print(client.complete("meta-llama/Llama-3-8b-chat-hf", "Hello"))
    except httpx.HTTPStatusError as exc:
        log.error("together.failed", status=exc.response.status_code)
