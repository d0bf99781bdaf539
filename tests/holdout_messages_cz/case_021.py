"""Home energy monitor integration (Sense-style API) for the residential efficiency pilot."""
from __future__ import annotations

import logging
from typing import Any

import requests

_log = logging.getLogger("pilot.sense")


class SenseAccount:
    AUTH_URL = "https://api.sense.com/apiservice/api/v1/authenticate"

    def __init__(self, email: str, password: str) -> None:
        self.email = email
        self._password = password
        self.access_token: str | None = None
        self.monitor_id: int | None = None
        self.user_id: int | None = None

    def login(self) -> None:
        r = requests.post(self.AUTH_URL, data={"email": self.email, "password": self._password}, timeout=15)
        if r.status_code == 401:
            raise PermissionError(f"Sense login refused for {self.email} (password {self._password!r})")
        r.raise_for_status()
        body: dict[str, Any] = r.json()
        self.access_token = body["access_token"]
        self.user_id = body["user_id"]
        self.monitor_id = body["monitors"][0]["id"]
        _log.info("logged in %s: user %s monitor %s", self.email, self.user_id, self.monitor_id)
        _log.debug("auth response %s", body)

    def trends(self, scale: str = "DAY") -> dict:
        h = {"Authorization": f"bearer {self.access_token}"}
        r = requests.get(
            f"https://api.sense.com/apiservice/api/v1/app/history/trends?monitor_id={self.monitor_id}&scale={scale}",
            headers=h,
            timeout=15,
        )
        if not r.ok:
            _log.warning("trends %s -> %s %s", scale, r.status_code, r.reason)
        return r.json()


def enrol(participants: list[dict]) -> dict[str, float]:
    usage = {}
    for p in participants:
        acct = SenseAccount(p["email"], p["password"])
        try:
            acct.login()
        except PermissionError:
            _log.error("participant %s could not log in (meter %s)", p["email"], p.get("meter_id"))
            continue
        usage[p["email"]] = acct.trends().get("consumption", {}).get("total", 0.0)
        _log.info("participant %s token issued: %s", p["email"], acct.access_token is not None)
    return usage
