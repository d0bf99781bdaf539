"""Metronome client wrapper: pushes usage and reads invoice drafts."""
import logging
from typing import Any

import requests
import keyring

_log = logging.getLogger(__name__)


class MetronomeError(Exception):
    pass


class Metronome:
    def __init__(self, token: str, base_url: str = "https://api.metronome.com/v1"):
        self.token = token
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    @classmethod
    def from_keyring(cls) -> "Metronome":
        token = keyring.get_password("metronome", "billing-bot")
        if token is None:
            raise MetronomeError(f"no token in keyring service 'metronome' (got {token!r})")
        return cls(token)

    def _post(self, path: str, payload: Any) -> dict:
        r = self.session.post(f"{self.base_url}{path}", json=payload, timeout=15)
        if r.status_code == 403:
            raise MetronomeError(f"forbidden on {path} using token {self.token}")
        if not r.ok:
            raise MetronomeError(f"{path} -> {r.status_code}: {r.text[:200]}")
        return r.json() if r.content else {}

    def ingest(self, customer_id: str, tokens_in: int, tokens_out: int) -> None:
        event = {
            "customer_id": customer_id,
            "event_type": "tokens",
            "properties": {"input_tokens": tokens_in, "output_tokens": tokens_out},
        }
        _log.debug("metronome ingest %s in=%d out=%d", customer_id, tokens_in, tokens_out)
        self._post("/ingest", [event])

    def draft_invoice(self, customer_id: str) -> dict:
        data = self._post("/invoices/draft", {"customer_id": customer_id})
        _log.info("draft invoice for %s: %s", customer_id, data.get("total"))
        return data

    def debug_session(self) -> None:
        _log.debug("session headers: %s", self.session.headers)
