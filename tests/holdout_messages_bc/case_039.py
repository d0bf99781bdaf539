"""Short-term-rental channel manager: push calendars and pricing to OTAs (Airbnb-like API)."""
import logging
import os
from datetime import date

import requests

log = logging.getLogger("str.channels")

CHANNEL_ENV = {
    "staybnb": "STAYBNB_API_TOKEN",
    "vrbox": "VRBOX_API_TOKEN",
}
TOKEN_EXPIRY_FIELD = "token_expires_at"


def channel_token(channel: str) -> str:
    var = CHANNEL_ENV[channel]
    token = os.environ.get(var)
    if token is None:
        raise KeyError(f"missing {var} for channel {channel}")
    return token


def push_rates(channel: str, listing_id: str, nightly: dict):
    token = channel_token(channel)
    body = {"listing": listing_id, "rates": [{"date": d.isoformat(), "amount": a} for d, a in nightly.items()]}
    r = requests.put(f"https://api.{channel}.example/v1/listings/{listing_id}/rates", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    if r.status_code in (401, 403):
        raise PermissionError(f"{channel} refused token {token} for listing {listing_id}")
    if r.status_code >= 400:
        raise RuntimeError(f"{channel} {r.status_code}: {r.text}")
    meta = r.json()
    log.info("%s rates pushed for %s; %s=%s", channel, listing_id, TOKEN_EXPIRY_FIELD, meta.get(TOKEN_EXPIRY_FIELD))
    return meta


def dynamic_price(base: float, occupancy: float, day: date) -> float:
    weekend = 1.15 if day.weekday() >= 4 else 1.0
    demand = 1.0 + max(0.0, occupancy - 0.7)
    return round(base * weekend * demand, 2)


def sync_all(listing_id: str, base: float, occupancy: float, days: list):
    nightly = {d: dynamic_price(base, occupancy, d) for d in days}
    for ch in CHANNEL_ENV:
        try:
            push_rates(ch, listing_id, nightly)
        except PermissionError:
            log.error("channel %s auth failed (token var %s)", ch, CHANNEL_ENV[ch])
        except RuntimeError as exc:
            log.error("channel %s failed: %s", ch, exc)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync_all("L-77", 180.0, 0.82, [date(2026, 12, 24), date(2026, 12, 25)])
