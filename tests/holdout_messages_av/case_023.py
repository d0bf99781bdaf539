"""Octopus Energy consumption export for the household carbon tracker."""
import os
import logging
from datetime import date, timedelta

import requests
from requests.auth import HTTPBasicAuth

tracker_log = logging.getLogger("octopus.export")

OCTO = "https://api.octopus.energy/v1"
MPAN = os.environ.get("OCTOPUS_MPAN", "")
SERIAL = os.environ.get("OCTOPUS_METER_SERIAL", "")


def octopus_auth():
    key = os.environ["OCTOPUS_API_KEY"]
    return key, HTTPBasicAuth(key, "")


def consumption(days=7):
    key, auth = octopus_auth()
    period_from = (date.today() - timedelta(days=days)).isoformat()
    url = f"{OCTO}/electricity-meter-points/{MPAN}/meters/{SERIAL}/consumption/"
    tracker_log.info("meter %s serial %s from %s", MPAN, SERIAL, period_from)
    r = requests.get(url, auth=auth, params={"period_from": period_from, "page_size": 1500}, timeout=30)
    if r.status_code == 401:
        tracker_log.error("octopus rejected key %s", key)
        return []
    if r.status_code == 404:
        tracker_log.error("no meter %s/%s: %s", MPAN, SERIAL, r.json().get("detail"))
        return []
    return r.json()["results"]


def carbon_kg(results, g_per_kwh=180):
    kwh = sum(x["consumption"] for x in results)
    return round(kwh * g_per_kwh / 1000, 2), round(kwh, 2)


def report():
    results = consumption()
    kg, kwh = carbon_kg(results)
    print(f"{kwh} kWh over 7 days, about {kg} kg CO2e")
    return kg


def check_env():
    missing = [name for name in ("OCTOPUS_API_KEY", "OCTOPUS_MPAN", "OCTOPUS_METER_SERIAL") if not os.environ.get(name)]
    if missing:
        raise EnvironmentError(f"missing environment variables: {', '.join(missing)}")
    key = os.environ["OCTOPUS_API_KEY"]
    if not key.startswith("sk_live_"):
        raise EnvironmentError(f"OCTOPUS_API_KEY should start with sk_live_, got {key}")


if __name__ == "__main__":
    check_env()
    report()
