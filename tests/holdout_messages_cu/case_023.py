"""Opta / Stats Perform SDAPI access for the club's data hub (OAuth client credentials)."""
import base64
import hashlib
import logging
import os
import time

import requests

log = logging.getLogger("datahub.opta")

OAUTH_URL = "https://oauth.performgroup.com/oauth/token/{outlet}"
SDAPI = "https://api.performfeeds.com/soccerdata"


class OptaAuth:
    def __init__(self):
        self.outlet = os.environ["OPTA_OUTLET_KEY"]
        self.secret_key = os.environ["OPTA_SECRET_KEY"]
        self._token = None
        self._expires = 0.0

    def _fetch(self) -> None:
        ts = str(int(time.time() * 1000))
        digest = hashlib.sha512((self.outlet + ts + self.secret_key).encode()).hexdigest()
        r = requests.post(
            OAUTH_URL.format(outlet=self.outlet),
            headers={"Authorization": f"Basic {digest}", "Timestamp": ts},
            data={"grant_type": "client_credentials", "scope": "b2b-feeds-auth"},
            timeout=15,
        )
        if r.status_code != 200:
            log.error("opta oauth failed HTTP %s: %s", r.status_code, r.text[:200])
            log.debug("opta secret in use: %s", self.secret_key)
            r.raise_for_status()
        body = r.json()
        self._token = body["access_token"]
        self._expires = time.time() + int(body.get("expires_in", 3600)) - 60
        log.info("opta token ok, type %s, expires in %s", body.get("token_type"), body.get("expires_in"))
        log.debug("opta bearer %s", self._token)

    def header(self) -> dict:
        if time.time() >= self._expires:
            self._fetch()
        return {"Authorization": f"Bearer {self._token}"}


def matches_for(tournament_calendar: str, auth: OptaAuth) -> list[dict]:
    r = requests.get(f"{SDAPI}/match/{auth.outlet}", params={"tmcl": tournament_calendar, "_fmt": "json", "_rt": "b"}, headers=auth.header(), timeout=30)
    r.raise_for_status()
    return r.json().get("match", [])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    a = OptaAuth()
    fp = base64.b16encode(hashlib.sha256(a.secret_key.encode()).digest())[:8].decode()
    print("secret fingerprint", fp)
    print(len(matches_for(os.environ["OPTA_TMCL"], a)), "matches")
