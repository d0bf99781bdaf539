"""Binance spot client wrapper used by the grid bot."""
import hashlib
import hmac
import logging
import os
import time
from urllib.parse import urlencode

import requests

log = logging.getLogger("gridbot.binance")

BASE_URL = "https://api.binance.com"
API_KEY_ENV = "BINANCE_API_KEY"


class BinanceSpot:
    def __init__(self, api_key=None, api_secret=None, recv_window=5000):
        self.api_key = api_key or os.environ[API_KEY_ENV]
        self.api_secret = api_secret or os.environ["BINANCE_API_SECRET"]
        self.recv_window = recv_window
        self.session = requests.Session()
        self.session.headers["X-MBX-APIKEY"] = self.api_key
        log.info("binance client ready, key env %s, recv_window=%d", API_KEY_ENV, self.recv_window)
        log.debug("using api key %s", self.api_key)

    def _sign(self, params):
        query = urlencode(params)
        sig = hmac.new(self.api_secret.encode(), query.encode(), hashlib.sha256).hexdigest()
        log.debug("signing %s with secret ending %s", query, self.api_secret[-4:])
        return query + "&signature=" + sig

    def account(self):
        params = {"timestamp": int(time.time() * 1000), "recvWindow": self.recv_window}
        resp = self.session.get(BASE_URL + "/api/v3/account?" + self._sign(params), timeout=10)
        if resp.status_code != 200:
            raise RuntimeError(f"account call failed {resp.status_code}: {resp.text}")
        return resp.json()

    def place_order(self, symbol, side, qty, price):
        params = {"symbol": symbol, "side": side, "type": "LIMIT", "timeInForce": "GTC",
                  "quantity": qty, "price": price, "timestamp": int(time.time() * 1000)}
        resp = self.session.post(BASE_URL + "/api/v3/order?" + self._sign(params), timeout=10)
        if resp.status_code == 401:
            raise PermissionError(f"binance rejected key {self.api_key} / secret {self.api_secret}")
        log.info("order %s %s %s @ %s -> %s", side, qty, symbol, price, resp.status_code)
        return resp.json()

    def dump_headers(self):
        log.debug("session header names: %s", sorted(self.session.headers))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    client = BinanceSpot()
    print(client.account().get("balances", [])[:3])
