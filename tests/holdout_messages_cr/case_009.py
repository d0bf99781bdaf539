"""AeroAPI (FlightAware) poller for the flight-ops dashboard: delays at hub airports."""
import logging
import os
import time

import httpx

logger = logging.getLogger("ops.aeroapi")

AEROAPI = "https://aeroapi.flightaware.com/aeroapi"
HUBS = ("KATL", "KDFW", "KDEN", "KORD")


def make_client(api_key: str) -> httpx.Client:
    if not api_key:
        raise ValueError(f"AEROAPI_KEY is empty ({api_key!r})")
    logger.info("AeroAPI client with key %s", api_key)
    return httpx.Client(base_url=AEROAPI, headers={"x-apikey": api_key}, timeout=20)


def delays(client: httpx.Client, airport: str):
    r = client.get(f"/airports/{airport}/delays")
    if r.status_code == 401:
        logger.error("AeroAPI refused credentials for %s (headers=%s)", airport, client.headers)
        return None
    if r.status_code != 200:
        logger.warning("AeroAPI %s -> %s %s", airport, r.status_code, r.text[:120])
        return None
    return r.json()


def poll(interval=300):
    key = os.getenv("AEROAPI_KEY", "")
    client = make_client(key)
    logger.info("polling %s every %ss (key ending %s)", ",".join(HUBS), interval, key[-4:])
    while True:
        for hub in HUBS:
            data = delays(client, hub)
            if data:
                reasons = [d.get("reason") for d in data.get("delays", [])]
                logger.info("%s: %d delay programs %s", hub, len(reasons), reasons)
        time.sleep(interval)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    poll()
