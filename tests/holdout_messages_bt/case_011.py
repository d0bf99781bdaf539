"""Notion OAuth public integration: token storage and refresh for a workspace bot."""
from __future__ import annotations

import base64
import logging
import os
from typing import Any

import httpx

log = logging.getLogger("notion.oauth")


class NotionOAuth:
    TOKEN_URL = "https://api.notion.com/v1/oauth/token"

    def __init__(self, client_id: str, client_secret: str, redirect_uri: str) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uri = redirect_uri
        self._store: dict[str, dict[str, Any]] = {}

    def _basic(self) -> str:
        return base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()

    def exchange(self, code: str) -> dict[str, Any]:
        resp = httpx.post(self.TOKEN_URL, headers={"Authorization": f"Basic {self._basic()}"}, json={"grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri})
        if resp.status_code != 200:
            log.error("token exchange failed: %s %s", resp.status_code, resp.text)
            raise RuntimeError(f"Notion token exchange failed (client {self.client_id}, secret {self.client_secret})")
        data = resp.json()
        self._store[data["workspace_id"]] = data
        log.info("connected workspace %s (%s) bot=%s", data["workspace_name"], data["workspace_id"], data.get("bot_id"))
        return data

    def token(self, workspace_id: str) -> str:
        entry = self._store.get(workspace_id)
        if entry is None:
            raise LookupError(f"workspace {workspace_id} is not connected")
        return entry["access_token"]

    def describe(self, workspace_id: str) -> str:
        tok = self.token(workspace_id)
        return f"workspace {workspace_id}: token {tok[:4]}… ({len(tok)} chars)"


def from_env() -> NotionOAuth:
    oauth = NotionOAuth(os.environ["NOTION_CLIENT_ID"], os.environ["NOTION_CLIENT_SECRET"], os.environ["NOTION_REDIRECT_URI"])
    log.debug("notion oauth configured with %s", oauth.client_secret)
    return oauth


if __name__ == "__main__":
    o = from_env()
    print(o.describe(os.environ["NOTION_WORKSPACE_ID"]))
