"""Crew hotel booking sync: layover hotels via a partner API, OAuth client credentials."""
import logging
import os
import time

import requests

hotel_log = logging.getLogger("crew.hotels")

TOKEN_URL = "https://auth.crewhotels.example/oauth/token"
API = "https://api.crewhotels.example/v3"


class HotelClient:
    def __init__(self):
        self.client_id = os.environ["CREWHOTEL_CLIENT_ID"]
        self.client_secret = os.environ["CREWHOTEL_CLIENT_SECRET"]
        self._token = None
        self._expires = 0.0
        hotel_log.info("hotel client %s, secret length %d", self.client_id, len(self.client_secret))

    def token(self) -> str:
        if self._token and time.time() < self._expires - 60:
            return self._token
        r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"}, auth=(self.client_id, self.client_secret), timeout=15)
        if r.status_code != 200:
            raise RuntimeError(f"token endpoint {r.status_code} for client {self.client_id}")
        body = r.json()
        self._token = body["access_token"]
        self._expires = time.time() + body.get("expires_in", 3600)
        hotel_log.info("token ok, type=%s expires_in=%s scope=%s", body.get("token_type"), body.get("expires_in"), body.get("scope"))
        hotel_log.debug("token response: %s", body)
        return self._token

    def book(self, crew_id: str, city: str, nights: int) -> dict:
        r = requests.post(
            f"{API}/bookings",
            headers={"Authorization": f"Bearer {self.token()}"},
            json={"crewId": crew_id, "city": city, "nights": nights},
            timeout=20,
        )
        if r.status_code == 401:
            raise PermissionError(f"booking refused, bearer {self._token} expired?")
        r.raise_for_status()
        return r.json()


def sync(layovers: list[dict]) -> None:
    hc = HotelClient()
    for lay in layovers:
        res = hc.book(lay["crew_id"], lay["city"], lay["nights"])
        hotel_log.info("booked %s in %s: %s", lay["crew_id"], lay["city"], res.get("confirmation"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    sync([{"crew_id": "C10442", "city": "NRT", "nights": 2}])
