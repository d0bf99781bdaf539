"""httpx auth class that refreshes a bearer token from an identity endpoint."""
from __future__ import annotations

import logging
import threading
import time

import httpx

log = logging.getLogger("llmclient.auth")


class RefreshingBearer(httpx.Auth):
    requires_response_body = True

    def __init__(self, token_url: str, client_id: str, client_secret: str):
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        resp = httpx.post(self.token_url, data={"grant_type": "client_credentials",
                                                "client_id": self.client_id,
                                                "client_secret": self._client_secret})
        if resp.status_code != 200:
            log.error("token endpoint %s -> %s: %s", self.token_url, resp.status_code, resp.text)
            raise RuntimeError(f"client {self.client_id} could not authenticate")
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + body.get("expires_in", 300)
        log.info("token refreshed, type=%s, expires in %ss", body.get("token_type"), body.get("expires_in"))

    def auth_flow(self, request: httpx.Request):
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - 30:
                self._refresh()
        request.headers["Authorization"] = f"Bearer {self._token}"
        log.debug("-> %s %s headers=%s", request.method, request.url, dict(request.headers))
        response = yield request
        if response.status_code == 401:
            log.warning("401 with token %s, refreshing once", self._token)
            with self._lock:
                self._refresh()
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request
        log.debug("<- %s %s", response.status_code, request.url.path)

    def __repr__(self) -> str:
        return f"RefreshingBearer(client_id={self.client_id!r})"
