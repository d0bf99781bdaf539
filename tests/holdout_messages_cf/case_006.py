"""Mews PMS connector: reservations pull for the guest-messaging assistant."""
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import requests

log = logging.getLogger("pms.mews")


@dataclass
class MewsCredentials:
    client_token: str = field(repr=False)
    access_token: str = field(repr=False)
    client_name: str = "GuestAssist 1.4"
    platform_url: str = "https://api.mews-demo.com"


def load_credentials(path="~/.config/guestassist/mews.json"):
    raw = json.loads(Path(path).expanduser().read_text())
    creds = MewsCredentials(client_token=raw["ClientToken"], access_token=raw["AccessToken"])
    log.info("loaded mews credentials %r for fields %s", creds, sorted(raw))
    return creds


class MewsConnector:
    def __init__(self, creds: MewsCredentials):
        self.creds = creds
        self.http = requests.Session()

    def _post(self, op, payload):
        body = {"ClientToken": self.creds.client_token, "AccessToken": self.creds.access_token, "Client": self.creds.client_name, **payload}
        r = self.http.post(f"{self.creds.platform_url}/api/connector/v1/{op}", json=body, timeout=30)
        if r.status_code == 401:
            log.error("mews auth failed for %s, body sent: %s", op, body)
            raise PermissionError(f"Mews rejected access token {self.creds.access_token}")
        if r.status_code >= 400:
            log.error("mews %s -> %s %s", op, r.status_code, r.json().get("Message"))
            r.raise_for_status()
        return r.json()

    def arrivals(self, start_utc, end_utc):
        data = self._post("reservations/getAll", {"StartUtc": start_utc, "EndUtc": end_utc, "States": ["Confirmed"]})
        res = data.get("Reservations", [])
        log.info("mews client %s: %d arrivals between %s and %s", self.creds.client_name, len(res), start_utc, end_utc)
        return res


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    conn = MewsConnector(load_credentials())
    for r in conn.arrivals("2026-04-01T00:00:00Z", "2026-04-02T00:00:00Z"):
        print(r["Number"], r["StartUtc"])
