"""Geocoding and SERP lookups used by the travel agent's tools."""
import logging
import os

import requests

log = logging.getLogger("tools.geo")

GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"
SERP_URL = "https://serpapi.com/search.json"


class GeocodeError(Exception):
    pass


def geocode(address: str) -> tuple[float, float]:
    key = os.environ["GOOGLE_MAPS_API_KEY"]
    url = f"{GEOCODE_URL}?address={requests.utils.quote(address)}&key={key}"
    log.debug("geocoding %s", url)
    resp = requests.get(url, timeout=10)
    try:
        resp.raise_for_status()
    except requests.HTTPError as e:
        # requests puts the full URL (query string included) in the error text.
        raise GeocodeError(f"geocode failed: {e}") from e
    data = resp.json()
    if data["status"] != "OK":
        log.warning("geocode status %s for %r", data["status"], address)
        raise GeocodeError(f"no result for {address!r}: {data['status']}")
    loc = data["results"][0]["geometry"]["location"]
    return loc["lat"], loc["lng"]


def search(query: str) -> list[dict]:
    params = {"engine": "google", "q": query, "api_key": os.environ["SERPAPI_API_KEY"], "num": 5}
    log.debug("serpapi params %s", params)
    log.debug("serpapi query %r engine %s", params["q"], params["engine"])
    r = requests.get(SERP_URL, params=params, timeout=15)
    if r.status_code != 200:
        log.warning("serpapi returned %s: %s", r.status_code, r.text[:200])
        return []
    return r.json().get("organic_results", [])
