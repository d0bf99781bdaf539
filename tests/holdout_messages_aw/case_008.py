"""Clio Manage OAuth token store for matter sync."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import requests

_log = logging.getLogger("matters.clio")

TOKEN_FILE = Path.home() / ".config" / "matter-sync" / "clio_token.json"
TOKEN_URL = "https://app.clio.com/oauth/token"
REFRESH_MARGIN = 300


class ClioTokenStore:
    def __init__(self, client_id: str, client_secret: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.data = json.loads(TOKEN_FILE.read_text()) if TOKEN_FILE.exists() else {}

    @property
    def access_token(self) -> str | None:
        return self.data.get("access_token")

    def refresh(self) -> str:
        refresh_token = self.data.get("refresh_token")
        if not refresh_token:
            raise LookupError(f"no refresh token in {TOKEN_FILE}; run the consent flow (got {refresh_token!r})")
        resp = requests.post(TOKEN_URL, data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }, timeout=20)
        if resp.status_code != 200:
            _log.error("Clio refresh failed (%s) client_id=%s", resp.status_code, self.client_id)
            raise PermissionError(f"Clio refused refresh token {refresh_token}")
        self.data = {**resp.json(), "obtained_at": time.time()}
        TOKEN_FILE.write_text(json.dumps(self.data))
        _log.info("Clio token refreshed, expires_in=%s", self.data.get("expires_in"))
        return self.data["access_token"]

    def valid_token(self) -> str:
        age = time.time() - self.data.get("obtained_at", 0)
        if not self.access_token or age > self.data.get("expires_in", 0) - REFRESH_MARGIN:
            return self.refresh()
        return self.access_token

    def __repr__(self) -> str:
        return f"ClioTokenStore(client_id={self.client_id}, has_token={self.access_token is not None})"


def sync_matters(store: ClioTokenStore) -> list[dict]:
    tok = store.valid_token()
    r = requests.get("https://app.clio.com/api/v4/matters.json", headers={"Authorization": f"Bearer {tok}"}, timeout=30)
    _log.debug("GET matters -> %s with token %s", r.status_code, store.access_token)
    r.raise_for_status()
    return r.json()["data"]
