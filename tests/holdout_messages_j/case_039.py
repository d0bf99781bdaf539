"""OAuth2 client-credentials token cache for an internal LLM gateway."""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("gateway.oauth")
TOKEN_URL = os.environ.get("GATEWAY_TOKEN_URL", "https://auth.internal.example/oauth2/token")


class TokenCache:
    def __init__(self, client_id: str, client_secret: str, scope: str = "llm.invoke"):
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret, "scope": self.scope}
        resp = requests.post(TOKEN_URL, data=form, timeout=10)
        if resp.status_code != 200:
            log.error("token request for %s failed: %s %s", self.client_id, resp.status_code, resp.text[:200])
            log.debug("token request form was %s", form)
            raise RuntimeError(f"token endpoint answered {resp.status_code}")
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + body.get("expires_in", 300) - 30
        log.info("new token for %s, token_type=%s, expires in %ss", self.client_id, body.get("token_type"), body.get("expires_in"))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() >= self._expires_at:
                self._fetch()
            return self._token

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}


def call_gateway(cache: TokenCache, prompt: str) -> str:
    resp = requests.post("https://llm.internal.example/v1/generate", json={"prompt": prompt}, headers=cache.headers(), timeout=60)
    if resp.status_code == 401:
        log.warning("gateway rejected token %s; dropping it", cache.token())
        cache._token = None
    resp.raise_for_status()
    data = resp.json()
    log.info("generated %d tokens in %.0f ms", data["usage"]["output_tokens"], data["latency_ms"])
    return data["text"]
