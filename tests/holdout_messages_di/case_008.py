"""OAuth token manager for agent tools (Google Workspace connectors)."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import requests

logger = logging.getLogger("tools.oauth")
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"


class TokenManager:
    def __init__(self, client_id: str, client_secret: str, cache_dir: Path):
        self.client_id = client_id
        self.client_secret = client_secret
        self.cache_dir = cache_dir

    def _cache(self, user: str) -> Path:
        return self.cache_dir / f"{user}.json"

    def load(self, user: str) -> dict:
        path = self._cache(user)
        if not path.exists():
            raise FileNotFoundError(f"no cached grant for {user} at {path}")
        return json.loads(path.read_text())

    def access_token(self, user: str) -> str:
        grant = self.load(user)
        if grant["expiry"] > time.time() + 60:
            return grant["access_token"]
        resp = requests.post(
            GOOGLE_TOKEN_URL,
            data={
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "refresh_token": grant["refresh_token"],
                "grant_type": "refresh_token",
            },
            timeout=10,
        )
        if resp.status_code != 200:
            logger.error("refresh for %s failed: %s %s", user, resp.status_code, resp.text)
            raise RuntimeError(f"token refresh failed for {user}")
        body = resp.json()
        grant.update(access_token=body["access_token"], expiry=time.time() + body["expires_in"])
        self._cache(user).write_text(json.dumps(grant))
        logger.info("refreshed token for %s: type=%s scope=%s", user, body.get("token_type"), body.get("scope"))
        logger.debug("new access token for %s: %s", user, grant["access_token"])
        return grant["access_token"]

    def revoke(self, user: str) -> None:
        grant = self.load(user)
        resp = requests.post("https://oauth2.googleapis.com/revoke", params={"token": grant["refresh_token"]}, timeout=10)
        if resp.status_code != 200:
            raise RuntimeError("revoke failed for %s: refresh_token=%s" % (user, grant["refresh_token"]))
        self._cache(user).unlink()
        logger.info("revoked grant for %s (http %d)", user, resp.status_code)
