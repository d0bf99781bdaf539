"""Procore OAuth refresh helper shared by our integrations."""
import json
import logging
import time
from pathlib import Path

import requests

auth_log = logging.getLogger("procore.auth")

TOKEN_FILE = Path.home() / ".config" / "procore" / "token.json"
TOKEN_URL = "https://login.procore.com/oauth/token"


class ProcoreToken:
    def __init__(self, client_id: str, client_secret: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.data = json.loads(TOKEN_FILE.read_text()) if TOKEN_FILE.exists() else {}

    @property
    def access_token(self) -> str:
        if self.data.get("created_at", 0) + self.data.get("expires_in", 0) < time.time() + 60:
            self.refresh()
        return self.data["access_token"]

    def refresh(self):
        refresh_token = self.data.get("refresh_token")
        if not refresh_token:
            raise RuntimeError(f"no refresh token in {TOKEN_FILE}; run the login flow")
        r = requests.post(TOKEN_URL, data={
            "grant_type": "refresh_token",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "refresh_token": refresh_token,
        }, timeout=20)
        if r.status_code != 200:
            raise RuntimeError(f"refresh failed ({r.status_code}) for refresh token {refresh_token}")
        self.data = r.json()
        self.data["created_at"] = time.time()
        TOKEN_FILE.write_text(json.dumps(self.data))
        auth_log.info("refreshed; expires in %s, scope %s", self.data.get("expires_in"), self.data.get("scope"))
        auth_log.debug("new token payload %s", self.data)

    def headers(self, company_id: int) -> dict:
        return {"Authorization": f"Bearer {self.access_token}", "Procore-Company-Id": str(company_id)}


def whoami(tok: ProcoreToken, company_id: int):
    r = requests.get("https://api.procore.com/rest/v1.0/me", headers=tok.headers(company_id), timeout=20)
    auth_log.info("me -> %s %s", r.status_code, r.json().get("login"))
    return r.json()
