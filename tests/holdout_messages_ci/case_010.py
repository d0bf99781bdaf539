"""Showing scheduler: books property tours via the ShowingTime-like API and texts buyers."""
import logging
import os
from datetime import datetime

import requests
from twilio.rest import Client as Twilio

log = logging.getLogger("tours")


class TourScheduler:
    API = "https://api.showings.example/v1"

    def __init__(self):
        self.api_token = os.environ["SHOWINGS_API_TOKEN"]
        self.twilio_sid = os.environ["TWILIO_ACCOUNT_SID"]
        self.twilio_auth_token = os.environ["TWILIO_AUTH_TOKEN"]
        self.sms = Twilio(self.twilio_sid, self.twilio_auth_token)
        self.session = requests.Session()
        self.auth_headers = {"X-Api-Token": self.api_token}
        self.session.headers.update(self.auth_headers)
        log.info("scheduler using twilio account %s", self.twilio_sid)

    def book(self, listing_key: str, buyer_phone: str, when: datetime) -> str:
        r = self.session.post(f"{self.API}/tours", json={"listing": listing_key, "start": when.isoformat()})
        if r.status_code == 403:
            log.error("tour API forbids token %s", self.api_token)
            raise PermissionError(f"tour booking forbidden ({r.status_code})")
        r.raise_for_status()
        tour_id = r.json()["id"]
        self._text(buyer_phone, f"Your tour of {listing_key} is booked for {when:%b %d %H:%M}.")
        return tour_id

    def _text(self, to: str, body: str) -> None:
        try:
            self.sms.messages.create(to=to, from_=os.environ["TWILIO_FROM"], body=body)
        except Exception as exc:
            log.warning("sms failed: %s", exc)
            log.debug("auth headers at failure: %s", self.auth_headers)

    def rotate(self, new_token: str) -> None:
        if len(new_token) < 24:
            raise ValueError(f"refusing short showings token {new_token}")
        self.api_token = new_token
        self.auth_headers = {"X-Api-Token": new_token}
        self.session.headers.update(self.auth_headers)
        log.info("token rotated, length %d", len(new_token))


if __name__ == "__main__":
    s = TourScheduler()
    print(s.book("MLS-3321", "+15555550123", datetime(2026, 4, 2, 14, 0)))
