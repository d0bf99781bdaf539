"""ThingWorx connector: pushes predicted remaining-useful-life values to Things via the REST API."""
import logging
import os

import requests

log = logging.getLogger("twx")

APPKEY_HEADER = "appKey"
DEFAULT_TIMEOUT = 15


class ThingWorx:
    def __init__(self, base_url, app_key=None):
        self.base_url = base_url.rstrip("/")
        self.app_key = app_key or os.environ["TWX_APP_KEY"]
        self.session = requests.Session()
        self.session.headers.update({APPKEY_HEADER: self.app_key, "Accept": "application/json"})
        log.info("ThingWorx at %s, auth header %s", self.base_url, APPKEY_HEADER)

    def set_property(self, thing, prop, value):
        url = f"{self.base_url}/Thingworx/Things/{thing}/Properties/{prop}"
        r = self.session.put(url, json={prop: value}, timeout=DEFAULT_TIMEOUT)
        if r.status_code == 401:
            log.error("appKey rejected for %s; session headers: %s", thing, dict(self.session.headers))
            return False
        if not r.ok:
            log.warning("PUT %s -> %s %s", url, r.status_code, r.text[:200])
            return False
        return True

    def push_rul(self, predictions):
        ok = 0
        for asset, hours in predictions.items():
            if self.set_property(asset, "RemainingUsefulLife", round(hours, 1)):
                ok += 1
        log.info("pushed %d/%d RUL values", ok, len(predictions))
        return ok


def predictions_from_csv(path):
    out = {}
    with open(path) as fh:
        next(fh)
        for line in fh:
            asset, hours = line.strip().split(",")
            out[asset] = float(hours)
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    twx = ThingWorx(os.environ.get("TWX_URL", "https://twx.plant.local"))
    if os.getenv("TWX_DEBUG") == "1":
        log.debug("TWX_APP_KEY=%s", twx.app_key)
    log.debug("app key suffix %s", twx.app_key[-4:])
    twx.push_rul(predictions_from_csv(os.getenv("RUL_CSV", "rul_latest.csv")))
