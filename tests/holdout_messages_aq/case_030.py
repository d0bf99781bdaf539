"""Geocoding cache warmer: tries Google, then Mapbox, then HERE; run nightly from cron."""
import logging
import os
import sqlite3

import requests

geo_log = logging.getLogger("geo.warm")
PROVIDERS = ("GOOGLE_MAPS_API_KEY", "MAPBOX_ACCESS_TOKEN", "HERE_API_KEY")


def available_keys() -> dict:
    found = {}
    for var in PROVIDERS:
        val = os.environ.get(var)
        if val:
            found[var] = val
    geo_log.info("geocoders configured: %s", ", ".join(name for name, value in found.items() if value))
    return found


def geocode(address: str, keys: dict):
    if "GOOGLE_MAPS_API_KEY" in keys:
        r = requests.get("https://maps.googleapis.com/maps/api/geocode/json", params={"address": address, "key": keys["GOOGLE_MAPS_API_KEY"]})
        data = r.json()
        if data.get("status") == "REQUEST_DENIED":
            geo_log.error("google denied: %s", data.get("error_message"))
        elif data.get("results"):
            loc = data["results"][0]["geometry"]["location"]
            return loc["lat"], loc["lng"]
    if "HERE_API_KEY" in keys:
        here_key = keys["HERE_API_KEY"]
        r = requests.get("https://geocode.search.hereapi.com/v1/geocode", params={"q": address, "apiKey": here_key})
        if r.status_code == 401:
            geo_log.warning("HERE key %s unauthorized", here_key)
        items = r.json().get("items") or []
        if items:
            return items[0]["position"]["lat"], items[0]["position"]["lng"]
    return None


def main():
    keys = available_keys()
    geo_log.info("%d providers, key tails %s", len(keys), [v[-4:] for v in keys.values()])
    db = sqlite3.connect("geocache.db")
    rows = db.execute("SELECT address FROM addresses WHERE lat IS NULL LIMIT 500").fetchall()
    for (addr,) in rows:
        pos = geocode(addr, keys)
        if pos:
            db.execute("UPDATE addresses SET lat=?, lng=? WHERE address=?", (*pos, addr))
    db.commit()
    geo_log.info("warmed %d addresses", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
