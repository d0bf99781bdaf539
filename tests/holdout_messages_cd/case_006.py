"""Interactive Brokers Client Portal gateway session keeper (plain functions)."""
import logging
import os
import time

import requests

log = logging.getLogger("ibkr.session")

GATEWAY = os.getenv("IBKR_GATEWAY", "https://localhost:5000/v1/api")
SESSION_COOKIE_NAME = "api"
TICKLE_EVERY = 55


def session_cookie():
    return os.environ["IBKR_SESSION_COOKIE"]


def tickle(cookie):
    resp = requests.post(f"{GATEWAY}/tickle", cookies={SESSION_COOKIE_NAME: cookie}, verify=False, timeout=5)
    if resp.status_code == 401:
        raise ConnectionError("gateway session expired for cookie " + cookie)
    body = resp.json()
    log.debug("tickle ok: authenticated=%s", body["iserver"]["authStatus"]["authenticated"])
    return body


def accounts(cookie):
    resp = requests.get(f"{GATEWAY}/portfolio/accounts", cookies={SESSION_COOKIE_NAME: cookie}, verify=False, timeout=5)
    resp.raise_for_status()
    ids = [a["accountId"] for a in resp.json()]
    log.info("accounts: %s", ids)
    return ids


def keep_alive():
    cookie = session_cookie()
    log.info("keeping session alive via cookie %s every %ss", SESSION_COOKIE_NAME, TICKLE_EVERY)
    while True:
        try:
            tickle(cookie)
        except ConnectionError:
            log.error("session dead, cookie was %s", cookie)
            return
        except requests.RequestException as exc:
            log.warning("tickle failed: %s", exc)
        time.sleep(TICKLE_EVERY)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    c = session_cookie()
    print("accounts", accounts(c))
    keep_alive()
