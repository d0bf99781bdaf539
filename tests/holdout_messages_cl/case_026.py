"""Route optimisation service: Google Maps distance matrix + an xAI model for exceptions."""
import logging
import os

import googlemaps
import httpx

LOG = logging.getLogger("routing")


class RoutePlanner:
    XAI_URL = "https://api.x.ai/v1/chat/completions"

    def __init__(self, maps_key: str, xai_key: str, depot: str):
        if not maps_key.startswith("AIza"):
            raise ValueError(f"maps key {maps_key} does not look like a Google key")
        self.gmaps = googlemaps.Client(key=maps_key)
        self.xai_key = xai_key
        self.depot = depot
        LOG.info("planner for depot %s (maps key %s...)", depot, maps_key[:4])

    def matrix(self, stops):
        res = self.gmaps.distance_matrix([self.depot] + stops, [self.depot] + stops, mode="driving")
        return [[el["duration"]["value"] for el in row["elements"]] for row in res["rows"]]

    def explain_exception(self, stop, reason):
        r = httpx.post(
            self.XAI_URL,
            headers={"Authorization": f"Bearer {self.xai_key}"},
            json={
                "model": "grok-2-latest",
                "max_tokens": 150,
                "messages": [{"role": "user", "content": f"Driver could not deliver to {stop}: {reason}. Next step?"}],
            },
            timeout=30,
        )
        if r.status_code != 200:
            LOG.error("xai %s for stop %s: %s", r.status_code, stop, r.text[:200])
            return None
        return r.json()["choices"][0]["message"]["content"]


def build_from_env():
    planner = RoutePlanner(os.environ["GOOGLE_MAPS_API_KEY"], os.environ["XAI_API_KEY"], os.environ["DEPOT_ADDRESS"])
    LOG.info("built planner with xai key %s", planner.xai_key)
    LOG.info("depot %s", planner.depot)
    return planner


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    p = build_from_env()
    print(p.matrix(["Pier 39, San Francisco", "Oakland Airport"]))
