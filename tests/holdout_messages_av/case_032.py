"""Home battery (Tesla Powerwall gateway) local poller for the peak-shaving script."""
import logging
import os
import time

import requests
import urllib3

urllib3.disable_warnings()
log = logging.getLogger("powerwall")

GATEWAY = os.getenv("POWERWALL_HOST", "https://192.168.1.50")
EMAIL = os.getenv("POWERWALL_EMAIL", "owner@example.org")


class Powerwall:
    def __init__(self):
        self.password = os.environ["POWERWALL_PASSWORD"]
        self.s = requests.Session()
        self.s.verify = False
        self.logged_in = False

    def login(self):
        body = {"username": "customer", "email": EMAIL, "password": self.password, "force_sm_off": False}
        r = self.s.post(f"{GATEWAY}/api/login/Basic", json=body, timeout=10)
        if r.status_code == 401:
            log.error("powerwall login refused: %s", body)
            raise PermissionError(f"gateway {GATEWAY} refused login for {EMAIL}")
        r.raise_for_status()
        self.logged_in = True
        log.info("logged in to %s as %s (cookie set: %s)", GATEWAY, EMAIL, bool(self.s.cookies))

    def soe(self) -> float:
        if not self.logged_in:
            self.login()
        r = self.s.get(f"{GATEWAY}/api/system_status/soe", timeout=10)
        r.raise_for_status()
        return r.json()["percentage"]

    def grid_power(self) -> float:
        r = self.s.get(f"{GATEWAY}/api/meters/aggregates", timeout=10)
        r.raise_for_status()
        return r.json()["site"]["instant_power"]


def loop(threshold_w=4000):
    pw = Powerwall()
    while True:
        try:
            soe, grid = pw.soe(), pw.grid_power()
        except requests.RequestException as exc:
            log.warning("poll failed: %s", exc)
            time.sleep(30)
            continue
        log.info("soe %.1f%% grid %.0f W", soe, grid)
        if grid > threshold_w and soe < 20:
            log.warning("peak %s W with low battery; password hint %s", grid, pw.password[:2])
        time.sleep(60)


if __name__ == "__main__":
    loop()
