"""Open-data portal: ingest job that pulls transit feeds and writes to the warehouse."""
import logging
import os
from urllib.parse import urlencode

import psycopg
import requests

ingest_log = logging.getLogger("opendata.ingest")

TRANSIT_KEY = os.environ["TRANSIT_API_KEY"]
DB_DSN = os.environ["WAREHOUSE_DSN"]
DB_PASSWORD_ENV = "WAREHOUSE_PASSWORD"


def feed_url(route: str) -> str:
    return "https://api.transit.state.gov/v2/vehicles?" + urlencode({"route": route, "api_key": TRANSIT_KEY})


def pull(route: str):
    url = feed_url(route)
    r = requests.get(url, timeout=20)
    if r.status_code == 401:
        raise PermissionError(f"transit API rejected key {TRANSIT_KEY} for route {route}")
    if r.status_code != 200:
        ingest_log.error("feed %s failed: %s %s", route, r.status_code, r.reason)
        raise RuntimeError(f"feed {route} failed with {r.status_code}")
    vehicles = r.json()["vehicles"]
    ingest_log.info("route %s: %d vehicles", route, len(vehicles))
    return vehicles


def write(rows):
    password = os.environ.get(DB_PASSWORD_ENV)
    try:
        with psycopg.connect(DB_DSN, password=password) as conn:
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO transit.vehicles (id, route, lat, lon, ts) VALUES (%s,%s,%s,%s,%s)",
                                [(v["id"], v["route"], v["lat"], v["lon"], v["ts"]) for v in rows])
    except psycopg.OperationalError as err:
        ingest_log.error("warehouse connect failed (password from %s): %s", DB_PASSWORD_ENV, err)
        ingest_log.debug("connect args dsn=%s password=%s", DB_DSN, password)
        raise


if __name__ == "__main__":
    for route in ("10", "12", "44"):
        write(pull(route))
    ingest_log.info("ingest done for 3 routes with key suffix %s", TRANSIT_KEY[-4:])
