"""Expedia Rapid API signer for the hotel search backend (class-heavy)."""
import hashlib
import logging
import os
import time
from dataclasses import dataclass

import requests

rapid_log = logging.getLogger("rapid.client")


@dataclass
class RapidCredentials:
    api_key: str
    shared_secret: str
    partner_point_of_sale: str = "EXPEDIA"
    billing_terms: str = ""

    @classmethod
    def from_env(cls) -> "RapidCredentials":
        return cls(os.environ["RAPID_API_KEY"], os.environ["RAPID_SHARED_SECRET"])


class RapidClient:
    BASE = "https://test.ean.com/v3"

    def __init__(self, creds: RapidCredentials):
        self.creds = creds
        self.session = requests.Session()
        rapid_log.info("rapid client, point of sale %s", creds.partner_point_of_sale)

    def _signature(self) -> str:
        ts = str(int(time.time()))
        digest = hashlib.sha512((self.creds.api_key + self.creds.shared_secret + ts).encode()).hexdigest()
        rapid_log.debug("signature computed at %s: %s", ts, digest[:12])
        return f"EAN APIKey={self.creds.api_key},Signature={digest},timestamp={ts}"

    def availability(self, property_ids, checkin, checkout):
        auth = self._signature()
        r = self.session.get(f"{self.BASE}/properties/availability", params={"property_id": property_ids, "checkin": checkin, "checkout": checkout, "occupancy": "2", "currency": "EUR"}, headers={"Authorization": auth})
        if r.status_code == 401:
            raise PermissionError(f"Rapid rejected shared secret {self.creds.shared_secret}")
        rapid_log.info("availability %s for %d properties", r.status_code, len(property_ids))
        return r.json()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    c = RapidClient(RapidCredentials.from_env())
    print(c.availability(["19248", "10163"], "2026-06-01", "2026-06-04"))
