"""Client-credentials OAuth for gateways that sit behind an enterprise IdP."""
from __future__ import annotations

import logging
import os
import threading
import time
from typing import Callable, Dict, Optional

import requests

logger = logging.getLogger(__name__)


class TokenError(Exception):
    pass


class ClientCredentials:
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: Optional[str] = None) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self._token: Optional[str] = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> Dict[str, object]:
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._client_secret}
        if self.scope:
            form["scope"] = self.scope
        resp = requests.post(self.token_url, data=form, timeout=15)
        if resp.status_code != 200:
            logger.warning("token endpoint %s answered %s: %s", self.token_url, resp.status_code, resp.text[:200])
            raise TokenError(f"token request failed ({resp.status_code}) with form {form}")
        payload = resp.json()
        logger.debug("got %s token for %s, expires_in=%s scope=%s", payload.get("token_type"), self.client_id, payload.get("expires_in"), payload.get("scope"))
        return payload

    def get_token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - 60:
                payload = self._fetch()
                self._token = str(payload["access_token"])
                self._expires_at = time.time() + float(payload.get("expires_in", 3600))
            return self._token


def gateway_token_provider(client_id: Optional[str] = None) -> Callable[[], str]:
    creds = ClientCredentials(
        token_url=os.environ["IDP_TOKEN_URL"],
        client_id=client_id or os.environ["IDP_CLIENT_ID"],
        client_secret=os.environ["IDP_CLIENT_SECRET"],
        scope=os.environ.get("IDP_SCOPE"),
    )
    return creds.get_token


def debug_call(url: str, token_provider: Callable[[], str]) -> int:
    token = token_provider()
    if os.environ.get("GATEWAY_DEBUG") == "1":
        print(f"curl -H 'Authorization: Bearer {token}' {url}")
    resp = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=15)
    logger.info("GET %s -> %s", url, resp.status_code)
    return resp.status_code
