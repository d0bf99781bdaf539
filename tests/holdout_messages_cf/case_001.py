"""Hotelbeds content and booking client used by the itinerary assistant."""
import hashlib
import logging
import os
import time

import requests
from modelred import ModelRed, APIError

log = logging.getLogger("stays.hotelbeds")

HOTELBEDS_KEY_ENV = "HOTELBEDS_API_KEY"
BASE_URL = "https://api.test.hotelbeds.com/hotel-api/1.0"


class HotelbedsClient:
    def __init__(self, api_key=None, secret=None, timeout=15):
        self.api_key = api_key or os.environ[HOTELBEDS_KEY_ENV]
        self.secret = secret or os.environ["HOTELBEDS_SECRET"]
        self.timeout = timeout
        self.session = requests.Session()
        log.debug("hotelbeds client ready, key env %s, timeout %ss", HOTELBEDS_KEY_ENV, self.timeout)

    def _headers(self):
        ts = str(int(time.time()))
        sig = hashlib.sha256((self.api_key + self.secret + ts).encode()).hexdigest()
        headers = {"Api-key": self.api_key, "X-Signature": sig, "Accept": "application/json"}
        log.debug("request headers %s", headers)
        return headers

    def availability(self, stay, occupancies, destination):
        body = {"stay": stay, "occupancies": occupancies, "destination": {"code": destination}}
        resp = self.session.post(f"{BASE_URL}/hotels", json=body, headers=self._headers(), timeout=self.timeout)
        if resp.status_code == 401:
            raise PermissionError(f"Hotelbeds rejected key {self.api_key} with secret {self.secret}")
        if resp.status_code >= 400:
            raise RuntimeError(f"Hotelbeds availability failed: {resp.status_code} {resp.text}")
        hotels = resp.json().get("hotels", {}).get("hotels", [])
        log.info("hotelbeds returned %d hotels for %s (key ...%s)", len(hotels), destination, self.api_key[-4:])
        return hotels


def scan_concierge_model(model_id):
    with ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0) as client:
        try:
            return client.create_assessment(model_id=model_id, probe_pack_ids=["travel-pii", "jailbreak-basic"])
        except APIError as exc:
            log.error("modelred assessment for %s failed: %s", model_id, exc)
            return None


if __name__ == "__main__":
    c = HotelbedsClient()
    print(c.availability({"checkIn": "2026-03-01", "checkOut": "2026-03-04"}, [{"rooms": 1, "adults": 2, "children": 0}], "PMI")[:3])
