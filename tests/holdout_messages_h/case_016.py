"""OAuth2 client-credentials token refresher for an LLM gateway."""
import logging
import threading
import time

import requests

log = logging.getLogger("gateway.auth")


class TokenRefreshError(Exception):
    pass


class GatewayAuth:
    TOKEN_URL = "https://login.example-gateway.com/oauth2/token"

    def __init__(self, client_id: str, client_secret: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self._access_token = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        resp = requests.post(
            self.TOKEN_URL,
            data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret},
            timeout=10,
        )
        if resp.status_code != 200:
            raise TokenRefreshError(f"token endpoint returned {resp.status_code}: {resp.text}")
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + body.get("expires_in", 3600) - 60
        log.info("refreshed token (type=%s, expires_in=%s)", body.get("token_type"), body.get("expires_in"))
        log.debug("new access token %s", self._access_token)

    def token(self) -> str:
        with self._lock:
            if self._access_token is None or time.time() >= self._expires_at:
                self._refresh()
            return self._access_token

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.token()}"}

    def check_client(self) -> None:
        if len(self.client_secret) < 16:
            raise TokenRefreshError(f"client secret for {self.client_id} looks truncated: {self.client_secret}")
