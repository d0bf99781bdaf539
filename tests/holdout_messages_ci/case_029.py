import os
import logging
import warnings

import requests

# Geocoding + walk-score enrichment for new listings. Module-level setup, imported by the ETL.
log = logging.getLogger("enrich")

GEOCODE_KEY = os.environ.get("GOOGLE_MAPS_API_KEY", "")
WALKSCORE_KEY = os.environ.get("WALKSCORE_API_KEY", "")
GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"

if not WALKSCORE_KEY:
    warnings.warn("WALKSCORE_API_KEY unset; walk scores will be skipped")
elif len(WALKSCORE_KEY) != 32:
    warnings.warn(f"WALKSCORE_API_KEY looks truncated: {WALKSCORE_KEY}")


def geocode(address: str) -> tuple[float, float] | None:
    r = requests.get(GEOCODE_URL, params={"address": address, "key": GEOCODE_KEY}, timeout=15)
    data = r.json()
    if data.get("status") != "OK":
        log.warning("geocode %s -> %s %s", address, data.get("status"), data.get("error_message"))
        return None
    loc = data["results"][0]["geometry"]["location"]
    return loc["lat"], loc["lng"]


def walk_score(lat: float, lon: float, address: str) -> int | None:
    if not WALKSCORE_KEY:
        return None
    params = {"format": "json", "lat": lat, "lon": lon, "address": address, "wsapikey": WALKSCORE_KEY}
    r = requests.get("https://api.walkscore.com/score", params=params, timeout=15)
    if r.status_code != 200:
        log.error("walkscore failed: %s params %s", r.status_code, params)
        return None
    return r.json().get("walkscore")


def enrich(listing: dict) -> dict:
    pt = geocode(listing["address"])
    if pt:
        listing["lat"], listing["lon"] = pt
        listing["walk_score"] = walk_score(*pt, listing["address"])
    log.debug("enriched %s: %s", listing["mls_id"], {k: listing.get(k) for k in ("lat", "lon", "walk_score")})
    return listing
