"""Cruise line shore-excursion inventory sync (plain functions, configparser)."""
import configparser
import logging
import os

import requests

log = logging.getLogger("excursions")

CONFIG = os.getenv("EXCURSIONS_INI", "/etc/excursions/sync.ini")


def read_config(path=CONFIG):
    cp = configparser.ConfigParser()
    cp.read(path)
    log.info("config sections: %s", cp.sections())
    return cp


def supplier_session(cp, supplier):
    sec = cp[supplier]
    s = requests.Session()
    s.auth = (sec.get("username"), sec.get("password"))
    s.headers["X-Api-Key"] = sec.get("api_key", "")
    log.debug("supplier %s user %s base %s", supplier, sec.get("username"), sec.get("base_url"))
    return s, sec


def pull_inventory(cp, supplier, port_code, date):
    s, sec = supplier_session(cp, supplier)
    r = s.get(f"{sec.get('base_url')}/excursions", params={"port": port_code, "date": date}, timeout=30)
    if r.status_code == 401:
        log.error("supplier %s rejected credentials: %s", supplier, dict(sec))
        return []
    if r.status_code != 200:
        log.error("supplier %s: %s", supplier, r.status_code)
        return []
    items = r.json().get("excursions", [])
    log.info("%s %s %s: %d excursions", supplier, port_code, date, len(items))
    return items


def sync_all(date):
    cp = read_config()
    total = 0
    for supplier in cp.sections():
        if not cp[supplier].get("password"):
            raise KeyError(f"{supplier}: password missing in {CONFIG}")
        for port in cp[supplier].get("ports", "").split(","):
            total += len(pull_inventory(cp, supplier, port.strip(), date))
        if total == 0:
            log.warning("%s returned nothing; api_key=%s", supplier, cp[supplier].get("api_key"))
    return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(sync_all("2026-08-12"))
