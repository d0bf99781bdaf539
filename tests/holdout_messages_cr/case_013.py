"""OpenSky state-vector fetcher for the approach-sequencing demo."""
import logging
import os

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger("opensky")

OPENSKY = "https://opensky-network.org/api/states/all"
BBOX = {"lamin": 51.2, "lomin": -0.8, "lamax": 51.7, "lomax": 0.2}


class OpenSkyFeed:
    def __init__(self, username=None, password=None):
        self.username = username or os.getenv("OPENSKY_USER", "")
        self.password = password or os.getenv("OPENSKY_PASS", "")
        self.auth = HTTPBasicAuth(self.username, self.password) if self.password else None
        log.info("OpenSky feed user=%s authenticated=%s", self.username, self.auth is not None)

    def states(self):
        r = requests.get(OPENSKY, params=BBOX, auth=self.auth, timeout=15)
        if r.status_code == 401:
            raise PermissionError(f"OpenSky rejected {self.username}/{self.password}")
        if r.status_code == 429:
            log.warning("rate limited, credits left: %s", r.headers.get("X-Rate-Limit-Remaining"))
            return []
        r.raise_for_status()
        return r.json().get("states") or []

    def arrivals_on_final(self):
        out = []
        for s in self.states():
            callsign, baro_alt, on_ground, vrate = (s[1] or "").strip(), s[7], s[8], s[11]
            if not on_ground and baro_alt and baro_alt < 1200 and vrate and vrate < 0:
                out.append({"callsign": callsign, "alt_m": baro_alt, "vs": vrate})
        return out

    def __repr__(self):
        return f"OpenSkyFeed(user={self.username!r}, password={self.password!r})"


if __name__ == "__main__":
    feed = OpenSkyFeed()
    print(f"starting {feed!r}")
    for a in feed.arrivals_on_final():
        print(a)
