"""Reservation system integration (SevenRooms-like) for the concierge assistant."""
from __future__ import annotations

import logging
import time
from typing import Any

import httpx

log = logging.getLogger("concierge.reservations")


class ReservationsAPI:
    def __init__(self, client_id: str, client_secret: str, venue_group: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.venue_group = venue_group
        self._token: str | None = None
        self._token_expiry = 0.0

    def _auth(self) -> str:
        if self._token and time.time() < self._token_expiry:
            return self._token
        r = httpx.post("https://api.sevenrooms.example/2_4/auth", data={"client_id": self.client_id, "client_secret": self.client_secret})
        if r.status_code != 200:
            raise RuntimeError(f"auth failed ({r.status_code}): {r.text}")
        body = r.json()["data"]
        self._token = body["token"]
        self._token_expiry = time.time() + 3000
        log.info("new reservation API token for %s, expires %s", self.venue_group, body.get("token_expiration_datetime"))
        return self._token

    def search(self, venue_id: str, date: str, party_size: int) -> list[dict[str, Any]]:
        token = self._auth()
        r = httpx.get(f"https://api.sevenrooms.example/2_4/venues/{venue_id}/availability",
                      params={"date": date, "party_size": party_size}, headers={"Authorization": token})
        if r.status_code == 401:
            self._token = None
            log.warning("token %s expired early for venue %s", token, venue_id)
            return []
        return r.json()["data"]["availability"]

    def describe(self) -> dict:
        return {"client_id": self.client_id, "venue_group": self.venue_group, "has_token": self._token is not None}


def make_api(cfg: dict) -> ReservationsAPI:
    api = ReservationsAPI(cfg["client_id"], cfg["client_secret"], cfg.get("venue_group", "default"))
    log.info("reservations api: %s", api.describe())
    if not cfg["client_secret"].isalnum():
        raise ValueError(f"client_secret has odd characters: {cfg['client_secret']}")
    return api
