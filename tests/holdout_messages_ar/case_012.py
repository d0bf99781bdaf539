"""Tink open-banking connector (client credentials + user authorization grant)."""
import logging
import os
from typing import Optional

import requests

log = logging.getLogger("feeds.tink")


class TinkConnector:
    TOKEN_URL = "https://api.tink.com/api/v1/oauth/token"

    def __init__(self, client_id: str, client_secret: str, market: str = "SE"):
        self.client_id = client_id
        self.client_secret = client_secret
        self.market = market
        self._token: Optional[str] = None

    def _client_token(self, scope: str) -> str:
        resp = requests.post(self.TOKEN_URL, data={
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "grant_type": "client_credentials",
            "scope": scope,
        }, timeout=10)
        if resp.status_code != 200:
            log.error("tink token %s: %s", resp.status_code, resp.json().get("errorMessage"))
            raise PermissionError(f"client credentials rejected for {self.client_id}: {self.client_secret}")
        body = resp.json()
        log.info("tink token scope=%s expires_in=%s token_type=%s", body["scope"], body["expires_in"], body["token_type"])
        self._token = body["access_token"]
        return self._token

    def user_token(self, code: str) -> str:
        resp = requests.post(self.TOKEN_URL, data={
            "code": code,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "grant_type": "authorization_code",
        }, timeout=10)
        resp.raise_for_status()
        token = resp.json()["access_token"]
        log.debug("user token acquired: %s", token)
        return token

    def transactions(self, user_token: str, page_token: str = "") -> dict:
        params = {"pageSize": 100}
        if page_token:
            params["pageToken"] = page_token
        log.debug("fetching transactions page=%s", page_token or "<first>")
        resp = requests.get("https://api.tink.com/data/v2/transactions",
                            headers={"Authorization": f"Bearer {user_token}"}, params=params, timeout=15)
        resp.raise_for_status()
        return resp.json()
