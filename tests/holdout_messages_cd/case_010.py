"""Coinbase Advanced Trade client: JWT auth per request (class-heavy)."""
from __future__ import annotations

import logging
import secrets
import time
from dataclasses import dataclass, field

import jwt
import requests

logger = logging.getLogger("coinbase")

API_HOST = "api.coinbase.com"


@dataclass
class CdpCredentials:
    key_name: str
    private_key: str = field(repr=False)


class AdvancedTrade:
    def __init__(self, creds: CdpCredentials):
        self.creds = creds
        logger.info("coinbase client for %r", creds)
        logger.debug("signing with key name %s", creds.key_name)

    def _jwt(self, method: str, path: str) -> str:
        claims = {"sub": self.creds.key_name, "iss": "cdp", "nbf": int(time.time()), "exp": int(time.time()) + 120,
                  "uri": f"{method} {API_HOST}{path}"}
        token = jwt.encode(claims, self.creds.private_key, algorithm="ES256",
                           headers={"kid": self.creds.key_name, "nonce": secrets.token_hex()})
        logger.debug("built jwt %s for %s", token, path)
        return token

    def get(self, path: str):
        resp = requests.get(f"https://{API_HOST}{path}", headers={"Authorization": f"Bearer {self._jwt('GET', path)}"}, timeout=10)
        if resp.status_code >= 400:
            logger.warning("GET %s -> %s %s", path, resp.status_code, resp.text)
            resp.raise_for_status()
        return resp.json()

    def accounts(self):
        return self.get("/api/v3/brokerage/accounts")["accounts"]


def from_file(path: str) -> AdvancedTrade:
    import json
    with open(path) as fh:
        raw = json.load(fh)
    if "privateKey" not in raw:
        raise KeyError(f"{path} has no privateKey field (fields: {sorted(raw)})")
    if not raw["privateKey"].startswith("-----BEGIN EC PRIVATE KEY-----"):
        raise ValueError(f"not an EC key: {raw['privateKey']}")
    return AdvancedTrade(CdpCredentials(raw["name"], raw["privateKey"]))
