"""Parcel tracking poller for several carriers; runs under cron."""
import json
import logging
import os
import time

import requests

log = logging.getLogger("parcels")
logging.basicConfig(level=logging.INFO)

CARRIERS = {
    "ups": {"url": "https://onlinetools.ups.com/api/track/v1/details/{n}", "env": "UPS_ACCESS_TOKEN"},
    "dhl": {"url": "https://api-eu.dhl.com/track/shipments?trackingNumber={n}", "env": "DHL_API_KEY"},
}


def carrier_headers(carrier: str) -> dict:
    token = os.environ[CARRIERS[carrier]["env"]]
    if carrier == "dhl":
        return {"DHL-API-Key": token}
    return {"Authorization": f"Bearer {token}", "transId": str(int(time.time()))}


def track(carrier: str, number: str):
    hdrs = carrier_headers(carrier)
    log.info("tracking %s via %s (env var %s)", number, carrier, CARRIERS[carrier]["env"])
    r = requests.get(CARRIERS[carrier]["url"].format(n=number), headers=hdrs, timeout=20)
    if r.status_code >= 400:
        log.error("carrier %s returned %s for headers %s", carrier, r.status_code, hdrs)
        return None
    log.debug("carrier body %s", r.text[:500])
    return r.json()


def load_numbers(path="pending.json"):
    with open(path) as fh:
        return json.load(fh)


def main():
    dhl_key = os.environ.get("DHL_API_KEY")
    log.info("DHL key configured: %s", dhl_key is not None)
    for item in load_numbers():
        data = track(item["carrier"], item["number"])
        if data is None:
            continue
        log.info("parcel %s status %s", item["number"], data.get("status"))
    if dhl_key and not dhl_key.isalnum():
        log.warning("DHL key looks malformed: %r", dhl_key)


if __name__ == "__main__":
    main()
