"""Samsara route-optimisation bridge: sends jobs to a routing vendor, writes routes back to Samsara."""
import json
import logging
import os
import warnings

import requests

LOGGER = logging.getLogger("route_bridge")
SAMSARA = "https://api.samsara.com"
ROUTING_URL = os.environ.get("ROUTING_URL", "https://routing.example/v1/optimize")
ROUTING_KEY_HEADER = "X-Routing-Key"
MAX_STOPS = 250


class RouteBridge:
    def __init__(self, samsara_token: str, routing_key: str, depot: str):
        self.samsara_token = samsara_token
        self.routing_key = routing_key
        self.depot = depot
        if not routing_key.startswith("rk_"):
            warnings.warn(f"routing key {routing_key} has no rk_ prefix; is it the sandbox key?")

    def __str__(self):
        return f"RouteBridge(depot={self.depot})"

    def optimise(self, stops: list[dict]) -> dict:
        if len(stops) > MAX_STOPS:
            raise ValueError(f"{len(stops)} stops exceeds MAX_STOPS={MAX_STOPS}")
        r = requests.post(ROUTING_URL, json={"depot": self.depot, "stops": stops}, headers={ROUTING_KEY_HEADER: self.routing_key}, timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"routing vendor refused {ROUTING_KEY_HEADER} for depot {self.depot}")
        LOGGER.info("optimised %d stops for %s -> %s", len(stops), self, r.status_code)
        return r.json()

    def publish(self, route: dict):
        hdr = {"Authorization": f"Bearer {self.samsara_token}", "Content-Type": "application/json"}
        r = requests.post(f"{SAMSARA}/fleet/routes", data=json.dumps(route), headers=hdr, timeout=30)
        if not r.ok:
            LOGGER.error("publish failed %s: %s", r.status_code, r.text[:200])
            raise RuntimeError(f"Samsara publish failed using {hdr}")


def from_env() -> RouteBridge:
    tok = os.environ.get("SAMSARA_API_TOKEN", "")
    LOGGER.info("env SAMSARA_API_TOKEN present: %s", "SAMSARA_API_TOKEN" in os.environ)
    return RouteBridge(tok, os.environ["ROUTING_API_KEY"], os.environ.get("DEPOT", "DUB-1"))


if __name__ == "__main__":
    b = from_env()
    LOGGER.info("bridge %s ready", b)
    b.publish(b.optimise([{"id": "s1", "lat": 53.35, "lon": -6.26}]))
