"""Betfair Exchange price collector for the in-play model (cert login, session keep-alive)."""
import logging
import os
import time

import requests

log = logging.getLogger("betfair.collector")

LOGIN_URL = "https://identitysso-cert.betfair.com/api/certlogin"
KEEPALIVE_URL = "https://identitysso.betfair.com/api/keepAlive"
BETTING = "https://api.betfair.com/exchange/betting/rest/v1.0"


class BetfairSession:
    def __init__(self):
        self.app_key = os.environ["BETFAIR_APP_KEY"]
        self.username = os.environ["BETFAIR_USERNAME"]
        self.password = os.environ["BETFAIR_PASSWORD"]
        self.cert = (os.environ["BETFAIR_CERT"], os.environ["BETFAIR_CERT_KEY"])
        self.session_token = None

    def login(self) -> None:
        r = requests.post(LOGIN_URL, data={"username": self.username, "password": self.password}, cert=self.cert, headers={"X-Application": self.app_key}, timeout=20)
        body = r.json()
        if body.get("loginStatus") != "SUCCESS":
            raise ConnectionError(f"Betfair login {body.get('loginStatus')} for {self.username}")
        self.session_token = body["sessionToken"]
        log.info("logged in as %s, cert %s", self.username, self.cert[0])
        log.debug("session token %s app key %s", self.session_token, self.app_key)

    def headers(self) -> dict:
        return {"X-Application": self.app_key, "X-Authentication": self.session_token, "Content-Type": "application/json"}

    def keep_alive(self) -> None:
        r = requests.post(KEEPALIVE_URL, headers=self.headers(), timeout=10)
        status = r.json().get("status")
        if status != "SUCCESS":
            raise RuntimeError(f"keepAlive {status}: session {self.session_token} expired")

    def list_market_book(self, market_ids: list[str]) -> list[dict]:
        payload = {"marketIds": market_ids, "priceProjection": {"priceData": ["EX_BEST_OFFERS"]}}
        r = requests.post(f"{BETTING}/listMarketBook/", json=payload, headers=self.headers(), timeout=10)
        if r.status_code != 200:
            log.warning("listMarketBook HTTP %s: %s", r.status_code, r.json().get("detail", {}).get("APINGException", {}).get("errorCode"))
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bf = BetfairSession()
    bf.login()
    markets = os.environ["BF_MARKETS"].split(",")
    while True:
        for book in bf.list_market_book(markets):
            log.info("%s matched %.0f", book["marketId"], book.get("totalMatched", 0))
        time.sleep(1.0)
