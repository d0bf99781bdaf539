"""Duck Creek Claims: attach adjuster notes produced by the summary model."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

LOG = logging.getLogger("dcc.notes")


@dataclass
class DuckCreekAuth:
    tenant: str
    client_id: str
    client_secret: str
    token_url: str = "https://login.duckcreek.example.com/oauth2/token"

    def fetch_token(self) -> str:
        r = requests.post(self.token_url, data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret}, timeout=20)
        if r.status_code != 200:
            LOG.error("token endpoint %s said %s for tenant %s", self.token_url, r.status_code, self.tenant)
            raise RuntimeError(f"Duck Creek OAuth failed: {self}")
        return r.json()["access_token"]


class NotesClient:
    def __init__(self, auth: DuckCreekAuth, base_url: str):
        self.auth = auth
        self.base_url = base_url.rstrip("/")
        self._token: str | None = None

    def _headers(self) -> dict:
        if self._token is None:
            self._token = self.auth.fetch_token()
        return {"Authorization": f"Bearer {self._token}"}

    def add_note(self, claim_id: str, text: str) -> str:
        r = requests.post(f"{self.base_url}/claims/{claim_id}/notes", json={"body": text, "category": "AI_SUMMARY"}, headers=self._headers(), timeout=30)
        if r.status_code == 401:
            LOG.warning("bearer %s expired, refreshing", self._token)
            self._token = None
            r = requests.post(f"{self.base_url}/claims/{claim_id}/notes", json={"body": text}, headers=self._headers(), timeout=30)
        r.raise_for_status()
        note_id = r.json()["id"]
        LOG.info("note %s added to %s (%d chars)", note_id, claim_id, len(text))
        return note_id


if __name__ == "__main__":
    auth = DuckCreekAuth(tenant=os.environ["DC_TENANT"], client_id=os.environ["DC_CLIENT_ID"], client_secret=os.environ["DC_CLIENT_SECRET"])
    LOG.info("client id %s for tenant %s", auth.client_id, auth.tenant)
    notes = NotesClient(auth, os.environ["DC_CLAIMS_URL"])
    print(notes.add_note("CLM-000123", "Insured reports rear-end collision; liability likely clear."))
