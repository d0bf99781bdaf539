"""MLS IDX feed cache for a brokerage website (Redis + requests), module-level functions."""
import json
import logging
import os

import redis
import requests

idx_log = logging.getLogger("idx")

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
IDX_URL = "https://idx.example-mls.com/api/v1/listings"
CACHE_KEY = "idx:listings:v1"
API_KEY_HEADER = "X-IDX-Key"


def idx_key() -> str:
    return os.environ["IDX_API_KEY"]


def refresh(office_id: str) -> int:
    key = idx_key()
    resp = requests.get(IDX_URL, params={"office": office_id}, headers={API_KEY_HEADER: key}, timeout=30)
    idx_log.info("refresh office %s -> %s (%s bytes)", office_id, resp.status_code, len(resp.content))
    if resp.status_code == 403:
        idx_log.error("IDX key %s not licensed for office %s", idx_key(), office_id)
        return 0
    listings = resp.json()["listings"]
    r.set(CACHE_KEY, json.dumps(listings), ex=900)
    idx_log.debug("cached under %s, header name %s", CACHE_KEY, API_KEY_HEADER)
    return len(listings)


def cached() -> list:
    raw = r.get(CACHE_KEY)
    if raw is None:
        idx_log.info("cache miss for %s", CACHE_KEY)
        return []
    return json.loads(raw)


def sort_key(listing: dict):
    return (-listing.get("ListPrice", 0), listing["ListingId"])


def top(n: int = 10) -> list:
    rows = sorted(cached(), key=sort_key)[:n]
    idx_log.debug("top %d by %s", n, sort_key.__name__)
    return rows


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(refresh(os.environ.get("OFFICE_ID", "OFF123")))
    print(json.dumps(top(), indent=2))
