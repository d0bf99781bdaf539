"""GIS open-data: geocoding addresses for the permit map with the Google Maps key."""
import logging
import os

import googlemaps
from googlemaps.exceptions import ApiError, TransportError

geo_log = logging.getLogger("gis.geocode")
MAPS_KEY_VAR = "GOOGLE_MAPS_API_KEY"


class Geocoder:
    def __init__(self, key: str | None = None, region: str = "us"):
        self.key = key or os.environ.get(MAPS_KEY_VAR)
        self.region = region
        if self.key is None:
            raise RuntimeError(f"set {MAPS_KEY_VAR} (got {self.key})")
        self.gmaps = googlemaps.Client(key=self.key)
        geo_log.info("geocoder region=%s", self.region)

    def geocode(self, address: str):
        try:
            hits = self.gmaps.geocode(address, region=self.region)
        except ApiError as err:
            geo_log.error("Maps API error %s for %r", err.status, address)
            if err.status == "REQUEST_DENIED":
                geo_log.error("request denied for key %s", self.key)
            return None
        except TransportError as err:
            geo_log.warning("transport error: %s", err)
            return None
        if not hits:
            return None
        loc = hits[0]["geometry"]["location"]
        return loc["lat"], loc["lng"]

    def static_map_url(self, lat: float, lng: float) -> str:
        return (f"https://maps.googleapis.com/maps/api/staticmap?center={lat},{lng}"
                f"&zoom=16&size=600x300&key={self.key}")


def geocode_permits(rows, geocoder: Geocoder):
    out = []
    for row in rows:
        pt = geocoder.geocode(row["address"])
        if pt is None:
            geo_log.info("no match for permit %s", row["permit_no"])
            continue
        out.append({**row, "lat": pt[0], "lng": pt[1]})
    geo_log.info("geocoded %d/%d permits", len(out), len(rows))
    return out
