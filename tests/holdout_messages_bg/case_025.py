"""Bybit v5 REST signer used by the funding-rate harvester."""
import hashlib
import hmac
import json
import logging
import time

import requests

logger = logging.getLogger("harvester.bybit")

RECV_WINDOW = "5000"


class BybitV5:
    host = "https://api.bybit.com"

    def __init__(self, creds: dict):
        self.key = creds["key"]
        self.secret = creds["secret"]
        self.account_type = creds.get("account_type", "UNIFIED")
        self.subaccount = creds.get("subaccount")

    def _headers(self, payload: str) -> dict:
        ts = str(int(time.time() * 1000))
        sign = hmac.new(self.secret.encode(), (ts + self.key + RECV_WINDOW + payload).encode(), hashlib.sha256).hexdigest()
        return {"X-BAPI-API-KEY": self.key, "X-BAPI-TIMESTAMP": ts, "X-BAPI-RECV-WINDOW": RECV_WINDOW, "X-BAPI-SIGN": sign}

    def get(self, path: str, params: dict):
        query = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        headers = self._headers(query)
        r = requests.get(f"{self.host}{path}?{query}", headers=headers, timeout=10)
        data = r.json()
        if data.get("retCode") != 0:
            logger.error("bybit %s retCode=%s retMsg=%s", path, data.get("retCode"), data.get("retMsg"))
            if data.get("retCode") == 10003:
                raise PermissionError("bybit: invalid api key " + self.key)
        return data.get("result")

    def post(self, path: str, body: dict):
        payload = json.dumps(body, separators=(",", ":"))
        headers = self._headers(payload)
        logger.debug("POST %s body=%s headers=%s", path, payload, headers)
        r = requests.post(self.host + path, data=payload, headers=headers, timeout=10)
        logger.debug("POST %s -> %s %s", path, r.status_code, r.text[:300])
        return r.json()

    def funding_rate(self, symbol: str) -> float:
        res = self.get("/v5/market/tickers", {"category": "linear", "symbol": symbol})
        rate = float(res["list"][0]["fundingRate"])
        logger.info("%s funding %.5f (account %s, sub %s)", symbol, rate, self.account_type, self.subaccount)
        return rate

    def __str__(self):
        return f"BybitV5(account={self.account_type}, key=...{self.key[-4:]})"


def log_client(c: BybitV5):
    logger.info("client %s", c)
