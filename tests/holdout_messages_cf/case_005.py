"""Helpers for AviationStack lookups used by the gate-change notifier."""
import logging
import os

import requests

logger = logging.getLogger("gates")

AVIATIONSTACK_URL = "http://api.aviationstack.com/v1/flights"
ACCESS_KEY_VAR = "AVIATIONSTACK_ACCESS_KEY"


def load_access_key():
    key = os.environ.get(ACCESS_KEY_VAR)
    if not key:
        raise RuntimeError(f"{ACCESS_KEY_VAR} missing, got {key!r}")
    return key


def flight_status(flight_iata, access_key):
    params = {"access_key": access_key, "flight_iata": flight_iata}
    try:
        r = requests.get(AVIATIONSTACK_URL, params=params, timeout=10)
    except requests.RequestException as exc:
        logger.error("aviationstack unreachable with params %s: %s", params, exc)
        raise
    data = r.json()
    if "error" in data:
        err = data["error"]
        raise ValueError(f"aviationstack error {err.get('code')}: {err.get('message')}")
    return data.get("data", [])


def gate_changes(flights, access_key):
    changes = []
    for f in flights:
        rows = flight_status(f["iata"], access_key)
        if not rows:
            logger.warning("no data for %s (check %s quota)", f["iata"], ACCESS_KEY_VAR)
            continue
        gate = (rows[0].get("departure") or {}).get("gate")
        if gate and gate != f.get("gate"):
            changes.append({"flight": f["iata"], "old": f.get("gate"), "new": gate})
    logger.info("checked %d flights, %d gate changes", len(flights), len(changes))
    return changes


def main():
    key = load_access_key()
    tracked = [{"iata": "LH400", "gate": "B44"}, {"iata": "UA901", "gate": "G91"}]
    for c in gate_changes(tracked, key):
        print(f"{c['flight']}: gate {c['old']} -> {c['new']}")
    print(f"key variable {ACCESS_KEY_VAR} ok")


if __name__ == "__main__":
    main()
