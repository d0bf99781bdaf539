"""Coinbase Advanced Trade JWT auth for the rebalancer."""
import logging
import os
import secrets
import time

import jwt
import requests
from cryptography.hazmat.primitives import serialization

log = logging.getLogger(__name__)

KEY_NAME_VAR = "COINBASE_KEY_NAME"
PRIVATE_KEY_VAR = "COINBASE_PRIVATE_KEY"
HOST = "api.coinbase.com"


def load_credentials():
    key_name = os.environ[KEY_NAME_VAR]
    pem = os.environ[PRIVATE_KEY_VAR].replace("\\n", "\n")
    log.info("coinbase key name %s loaded from %s", key_name, KEY_NAME_VAR)
    try:
        private_key = serialization.load_pem_private_key(pem.encode(), password=None)
    except ValueError:
        raise ValueError("could not parse COINBASE_PRIVATE_KEY: " + pem) from None
    return key_name, private_key


def build_jwt(key_name, private_key, method, path):
    now = int(time.time())
    claims = {"sub": key_name, "iss": "cdp", "nbf": now, "exp": now + 120,
              "uri": f"{method} {HOST}{path}"}
    token = jwt.encode(claims, private_key, algorithm="ES256",
                       headers={"kid": key_name, "nonce": secrets.token_hex()})
    log.debug("jwt for %s expires %d", claims["uri"], claims["exp"])
    return token


def list_accounts():
    key_name, private_key = load_credentials()
    token = build_jwt(key_name, private_key, "GET", "/api/v3/brokerage/accounts")
    headers = {"Authorization": f"Bearer {token}"}
    resp = requests.get(f"https://{HOST}/api/v3/brokerage/accounts", headers=headers, timeout=10)
    if resp.status_code == 401:
        log.error("401 from coinbase with headers %s", headers)
        return []
    resp.raise_for_status()
    return resp.json()["accounts"]


def rebalance(target):
    accounts = list_accounts()
    log.info("rebalancing %d accounts to %s", len(accounts), target)
    return accounts


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    rebalance({"BTC": 0.6, "ETH": 0.4})
