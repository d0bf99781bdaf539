"""Client-credentials token cache with refresh, shared by the provider adapters."""
import logging
import threading
import time

import requests

log = logging.getLogger(__name__)


class TokenRefreshError(RuntimeError):
    pass


class TokenManager:
    def __init__(self, token_url: str, client_id: str, client_secret: str, refresh_token: str | None = None):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._refresh_token = refresh_token
        self._access_token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    @property
    def token(self) -> str:
        with self._lock:
            if self._access_token is None or time.time() > self._expires_at - 60:
                self._refresh()
            return self._access_token

    def _refresh(self) -> None:
        grant = {"grant_type": "refresh_token", "refresh_token": self._refresh_token} if self._refresh_token else {"grant_type": "client_credentials"}
        resp = requests.post(self._token_url, data=grant, auth=(self._client_id, self._client_secret), timeout=10)
        if resp.status_code != 200:
            raise TokenRefreshError(
                f"refresh failed ({resp.status_code}) with refresh_token={self._refresh_token}"
            )
        body = resp.json()
        self._access_token = body["access_token"]
        self._refresh_token = body.get("refresh_token", self._refresh_token)
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        log.debug("refreshed token, now %s…", self._access_token[:6])
        log.info("token refreshed; expires_at=%s token_type=%s", self._expires_at, body.get("token_type"))

    def revoke(self, revoke_url: str) -> None:
        resp = requests.post(revoke_url, data={"token": self._access_token}, auth=(self._client_id, self._client_secret), timeout=10)
        if resp.ok:
            self._access_token = None
            return
        msg = f"revocation failed ({resp.status_code})"
        if resp.status_code == 400:
            msg += f" for token {self._access_token}"
        raise TokenRefreshError(msg)
