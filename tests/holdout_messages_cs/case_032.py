"""OCLC WorldCat Metadata API: client-credentials token, then holdings lookups for dedup."""
import logging
import os
import time

import requests

log = logging.getLogger("worldcat")
TOKEN_URL = "https://oauth.oclc.org/token"
SCOPE = "WorldCatMetadataAPI"


class WorldCat:
    def __init__(self, wskey: str, secret: str):
        self.wskey = wskey
        self.secret = secret
        self.access_token = None
        self.expires_at = 0.0

    def token(self) -> str:
        if self.access_token and time.time() < self.expires_at - 60:
            return self.access_token
        r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": SCOPE},
                          auth=(self.wskey, self.secret), timeout=20)
        if r.status_code != 200:
            log.error("OCLC token request failed: %s %s", r.status_code, r.text)
            raise PermissionError(f"OCLC refused client {self.wskey} with secret {self.secret}")
        body = r.json()
        self.access_token = body["access_token"]
        self.expires_at = time.time() + body.get("expires_in", 1199)
        log.debug("token cached until %.0f", self.expires_at + 0)
        log.info("OCLC token ok, scope=%s expires_in=%s token_type=%s", body.get("scope"), body.get("expires_in"), body.get("token_type"))
        log.debug("OCLC token response %s", body)
        return self.access_token

    def holdings(self, oclc_number: str) -> dict:
        r = requests.get(f"https://metadata.api.oclc.org/worldcat/manage/institution/holdings/current",
                         params={"oclcNumbers": oclc_number},
                         headers={"Authorization": f"Bearer {self.token()}", "Accept": "application/json"}, timeout=30)
        r.raise_for_status()
        return r.json()


def dedup(numbers: list[str]) -> list[str]:
    wc = WorldCat(os.environ["OCLC_WSKEY"], os.environ["OCLC_SECRET"])
    held = []
    for n in numbers:
        h = wc.holdings(n)
        if any(x.get("isHoldingSet") for x in h.get("holdings", [])):
            held.append(n)
    log.info("%d of %d already held", len(held), len(numbers))
    return held
