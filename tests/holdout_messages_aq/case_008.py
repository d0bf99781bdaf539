"""Mapbox tile and directions helper for the fleet map (plain functions)."""
import hashlib
import logging
import os
import warnings

import requests

LOG = logging.getLogger("fleetmap.mapbox")
MAPBOX_TOKEN_ENV = "MAPBOX_ACCESS_TOKEN"
DIRECTIONS = "https://api.mapbox.com/directions/v5/mapbox/driving/{coords}"


def mapbox_token() -> str:
    tok = os.environ.get(MAPBOX_TOKEN_ENV, "")
    if tok.startswith("sk."):
        warnings.warn(f"secret Mapbox token {tok} used in a browser-facing service")
    elif not tok.startswith("pk."):
        warnings.warn(f"{MAPBOX_TOKEN_ENV} should start with pk.")
    return tok


def token_fingerprint(tok: str) -> str:
    return hashlib.sha256(tok.encode()).hexdigest()[:10]


def route(points):
    tok = mapbox_token()
    coords = ";".join(f"{lng},{lat}" for lat, lng in points)
    LOG.info("route %d points, token fp %s", len(points), token_fingerprint(tok))
    query = {"access_token": tok, "geometries": "geojson", "overview": "full"}
    r = requests.get(DIRECTIONS.format(coords=coords), params=query)
    if r.status_code == 401:
        LOG.error("mapbox 401 with query %s", query)
        return None
    LOG.debug("mapbox %s %s", r.status_code, r.headers.get("x-rate-limit-remaining"))
    return r.json()["routes"][0]


def static_tile(lat, lng, zoom=12):
    tok = mapbox_token()
    url = f"https://api.mapbox.com/styles/v1/mapbox/streets-v12/static/{lng},{lat},{zoom}/600x400"
    r = requests.get(url, params={"access_token": tok})
    if not r.ok:
        raise RuntimeError(f"static tile failed ({r.status_code}) using token {tok}")
    return r.content


if __name__ == "__main__":
    print(route([(52.52, 13.40), (52.50, 13.45)]))
