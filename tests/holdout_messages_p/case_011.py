"""OAuth2 client-credentials token cache with early refresh."""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from functools import cached_property

import requests

log = logging.getLogger("auth.tokens")


@dataclass
class Token:
    access_token: str = field(repr=False)
    expires_at: float
    scope: str = ""

    @property
    def expired(self) -> bool:
        return time.time() > self.expires_at - 60


class TokenCache:
    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self._url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._lock = threading.Lock()
        self._token: Token | None = None

    @cached_property
    def _form(self) -> dict:
        return {"grant_type": "client_credentials", "client_id": self._client_id, "client_secret": self._client_secret}

    def _refresh(self) -> Token:
        resp = requests.post(self._url, data=self._form, timeout=10)
        if resp.status_code != 200:
            log.error("token endpoint %s returned %s: %s", self._url, resp.status_code, resp.text)
            log.debug("token request form: %s", self._form)
            resp.raise_for_status()
        doc = resp.json()
        tok = Token(doc["access_token"], time.time() + doc["expires_in"], doc.get("scope", ""))
        log.info("new token type=%s expires_in=%s scope=%s", doc.get("token_type"), doc["expires_in"], tok.scope)
        log.debug("cached %r", tok)
        return tok

    def get(self) -> str:
        with self._lock:
            if self._token is None or self._token.expired:
                self._token = self._refresh()
            token = self._token.access_token
        log.debug("handing out bearer %s", token)
        return token
