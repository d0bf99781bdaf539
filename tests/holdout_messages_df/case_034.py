"""Sync the IOC watchlist from the TI platform into a Splunk KV store collection."""
import logging
import os

import requests

log = logging.getLogger("kvsync")

SPLUNK = os.environ.get("SPLUNK_MGMT", "https://splunk-sh.corp:8089")
APP, COLL = "soc_ti", "ioc_watchlist"


def splunk_session():
    user = os.environ.get("SPLUNK_USER", "svc_kvsync")
    password = os.environ["SPLUNK_PASSWORD"]
    r = requests.post(f"{SPLUNK}/services/auth/login", data={"username": user, "password": password,
                                                           "output_mode": "json"}, timeout=20)
    if r.status_code != 200:
        log.error("login as %s failed: %s", user, r.status_code)
        log.debug("login form: username=%s password=%s", user, password)
        r.raise_for_status()
    key = r.json()["sessionKey"]
    s = requests.Session()
    s.headers["Authorization"] = f"Splunk {key}"
    log.info("splunk session ok (session key %d chars)", len(key))
    return s


def fetch_watchlist(ti_url, ti_token):
    r = requests.get(f"{ti_url}/api/v1/watchlist", headers={"Authorization": f"Token {ti_token}"}, timeout=30)
    if r.status_code == 403:
        raise PermissionError(f"TI platform refused token {ti_token} for the watchlist")
    r.raise_for_status()
    return r.json()["items"]


def sync(ti_url, ti_token):
    s = splunk_session()
    items = fetch_watchlist(ti_url, ti_token)
    base = f"{SPLUNK}/servicesNS/nobody/{APP}/storage/collections/data/{COLL}"
    s.delete(base, timeout=60)
    batch = [{"_key": i["id"], "value": i["value"], "type": i["type"], "score": i.get("score", 0)} for i in items]
    r = s.post(f"{base}/batch_save", json=batch, timeout=120)
    log.info("kv batch_save %s: %d items into %s/%s", r.status_code, len(batch), APP, COLL)
    return len(batch)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(sync(os.environ["TI_URL"], os.environ["TI_TOKEN"]))
