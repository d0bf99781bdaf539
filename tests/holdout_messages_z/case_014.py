"""acme_llm.auth.refresh: keeps an OAuth access token fresh for long-running clients."""
from __future__ import annotations

import logging
import threading
import time

import httpx

logger = logging.getLogger("acme_llm.auth")

TOKEN_URL = "https://auth.acme-llm.com/oauth/token"
REFRESH_MARGIN = 60


class TokenError(Exception):
    def __init__(self, message: str, *, status: int | None = None, error_code: str | None = None):
        super().__init__(message)
        self.status = status
        self.error_code = error_code


class TokenRefresher:
    def __init__(self, client_id: str, refresh_token: str, access_token: str | None = None, expires_at: float = 0.0):
        self.client_id = client_id
        self.refresh_token = refresh_token
        self.access_token = access_token
        self.expires_at = expires_at
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        resp = httpx.post(TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": self.refresh_token, "client_id": self.client_id}, timeout=20)
        if resp.status_code == 400 and resp.json().get("error") == "invalid_grant":
            raise TokenError(f"refresh token {self.refresh_token} was revoked or expired; log in again", status=400)
        if resp.status_code != 200:
            body = resp.json()
            raise TokenError(f"token refresh failed ({resp.status_code}): {body.get('error_description')}", status=resp.status_code, error_code=body.get("error"))
        tok = resp.json()
        self.access_token = tok["access_token"]
        self.refresh_token = tok.get("refresh_token", self.refresh_token)
        self.expires_at = time.time() + tok["expires_in"]
        logger.debug("refreshed for %s: access=%s", self.client_id, self.access_token)
        logger.info("access token for %s valid until %s", self.client_id, time.ctime(self.expires_at))

    def token(self) -> str:
        with self._lock:
            if self.access_token is None or time.time() > self.expires_at - REFRESH_MARGIN:
                logger.debug("token expiring in %.0fs; refreshing", self.expires_at - time.time())
                self._refresh()
            return self.access_token

    def auth_flow(self, request: httpx.Request):
        request.headers["Authorization"] = f"Bearer {self.token()}"
        yield request
