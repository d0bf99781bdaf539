"""Cronofy availability client for the interview scheduler."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import requests

log = logging.getLogger("scheduler.cronofy")


@dataclass
class CronofyCredentials:
    client_id: str
    client_secret: str = field(repr=False)
    data_center: str = "us"


class CronofyClient:
    TOKEN_URL = "https://api.cronofy.com/oauth/token"

    def __init__(self, creds: CronofyCredentials, refresh_token: str):
        self.creds = creds
        self.refresh_token = refresh_token
        self.access_token: str | None = None
        log.info("cronofy client %r", creds)
        log.debug("client id %s in %s", creds.client_id, creds.data_center)

    def refresh(self) -> None:
        resp = requests.post(self.TOKEN_URL, data={
            "client_id": self.creds.client_id,
            "client_secret": self.creds.client_secret,
            "grant_type": "refresh_token",
            "refresh_token": self.refresh_token,
        })
        if resp.status_code != 200:
            raise RuntimeError(f"refresh failed ({resp.status_code}) for refresh token {self.refresh_token}")
        body = resp.json()
        self.access_token = body["access_token"]
        log.info("token refreshed, type=%s expires_in=%s", body.get("token_type"), body.get("expires_in"))
        log.debug("new access token %s", self.access_token)

    def free_busy(self, emails: list[str]) -> list[dict]:
        if not self.access_token:
            self.refresh()
        resp = requests.get(
            "https://api.cronofy.com/v1/free_busy",
            headers={"Authorization": f"Bearer {self.access_token}"},
            params={"tzid": "Etc/UTC"},
        )
        log.info("free_busy for %d interviewers -> %s", len(emails), resp.status_code)
        return resp.json().get("free_busy", [])
