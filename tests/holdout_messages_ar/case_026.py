"""Kraken order helper used by the treasury rebalancer."""
import base64
import hashlib
import hmac
import logging
import time
import urllib.parse

import requests

log = logging.getLogger("treasury.kraken")


def _signature(urlpath: str, data: dict, secret: str) -> str:
    postdata = urllib.parse.urlencode(data)
    encoded = (str(data["nonce"]) + postdata).encode()
    message = urlpath.encode() + hashlib.sha256(encoded).digest()
    mac = hmac.new(base64.b64decode(secret), message, hashlib.sha512)
    return base64.b64encode(mac.digest()).decode()


def private(method: str, data: dict, api_key: str, api_secret: str) -> dict:
    urlpath = f"/0/private/{method}"
    data = {**data, "nonce": str(int(time.time() * 1000))}
    headers = {"API-Key": api_key, "API-Sign": _signature(urlpath, data, api_secret)}
    resp = requests.post("https://api.kraken.com" + urlpath, headers=headers, data=data, timeout=15)
    body = resp.json()
    if body.get("error"):
        log.error("kraken %s error: %s", method, body["error"])
        if "EAPI:Invalid key" in body["error"]:
            raise PermissionError("kraken key invalid: " + api_key)
        raise RuntimeError(f"kraken {method}: {', '.join(body['error'])}")
    return body["result"]


def place_limit(pair: str, side: str, volume: str, price: str, *, api_key: str, api_secret: str) -> str:
    order = {"ordertype": "limit", "type": side, "volume": volume, "pair": pair, "price": price}
    log.info("placing %s", order)
    result = private("AddOrder", order, api_key, api_secret)
    txid = result["txid"][0]
    log.info("order %s placed: %s", txid, result["descr"]["order"])
    return txid


def balances(api_key: str, api_secret: str) -> dict:
    try:
        return private("Balance", {}, api_key, api_secret)
    except requests.RequestException:
        log.exception("balance request failed for key %s / %s", api_key, api_secret)
        return {}
