"""MLS IDX feed client (RETS-successor, OAuth client-credentials) used by the search site."""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger("idx.client")


class IdxClient:
    TOKEN_URL = "https://auth.idx.example/oauth/token"
    BASE = "https://api.idx.example/reso/odata"

    def __init__(self, client_id: str, client_secret: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _token(self) -> str:
        if self._access_token and time.time() < self._expires_at - 60:
            return self._access_token
        r = requests.post(self.TOKEN_URL, data={"grant_type": "client_credentials", "scope": "idx:read"},
                          auth=(self.client_id, self.client_secret), timeout=20)
        if r.status_code != 200:
            raise RuntimeError(f"IDX token request failed for {self.client_id}: {r.status_code} {r.text[:200]}")
        body = r.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + body.get("expires_in", 3600)
        log.info("idx token refreshed, scope=%s expires_in=%s", body.get("scope"), body.get("expires_in"))
        log.debug("idx access token %s", self._access_token)
        return self._access_token

    def search(self, city: str, max_price: int, top: int = 50) -> list[dict]:
        flt = f"City eq '{city}' and ListPrice le {max_price} and StandardStatus eq 'Active'"
        r = requests.get(f"{self.BASE}/Property", params={"$filter": flt, "$top": top},
                         headers={"Authorization": f"Bearer {self._token()}"}, timeout=30)
        r.raise_for_status()
        items = r.json().get("value", [])
        log.info("idx search %s <= %s -> %d results", city, max_price, len(items))
        return items


def from_env() -> IdxClient:
    cid = os.environ.get("IDX_CLIENT_ID", "")
    secret = os.environ.get("IDX_CLIENT_SECRET", "")
    if not secret:
        raise RuntimeError(f"IDX_CLIENT_SECRET missing for client {cid}")
    if secret.startswith(" ") or secret.endswith(" "):
        raise ValueError(f"IDX_CLIENT_SECRET has stray whitespace: '{secret}'")
    return IdxClient(cid, secret)


if __name__ == "__main__":
    for item in from_env().search("Austin", 550000)[:5]:
        print(item.get("ListingId"), item.get("ListPrice"), item.get("UnparsedAddress"))
