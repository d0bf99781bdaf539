"""Amazon SP-API helper for the marketplace sync: LWA tokens and listing updates."""
from __future__ import annotations

import logging
import os
import time

import requests

logger = logging.getLogger("marketplace.amazon")

LWA_URL = "https://api.amazon.com/auth/o2/token"
SP_API = "https://sellingpartnerapi-eu.amazon.com"
MARKETPLACE_ID = "A1PA6795UKMFR9"


class SpApi:
    def __init__(self) -> None:
        self.client_id = os.environ["LWA_CLIENT_ID"]
        self.client_secret = os.environ["LWA_CLIENT_SECRET"]
        self.refresh_token = os.environ["SP_API_REFRESH_TOKEN"]
        self.seller_id = os.environ["SP_API_SELLER_ID"]
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _token(self) -> str:
        if self._access_token and time.time() < self._expires_at - 60:
            return self._access_token
        resp = requests.post(LWA_URL, data={"grant_type": "refresh_token", "refresh_token": self.refresh_token, "client_id": self.client_id, "client_secret": self.client_secret}, timeout=10)
        if resp.status_code == 400 and resp.json().get("error") == "invalid_grant":
            raise PermissionError(f"LWA refused refresh token {self.refresh_token} for seller {self.seller_id}")
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + body["expires_in"]
        logger.info("LWA token type=%s expires_in=%s client=%s", body["token_type"], body["expires_in"], self.client_id)
        return self._access_token

    def patch_listing(self, sku: str, title: str, bullets: list[str]) -> dict:
        url = f"{SP_API}/listings/2021-08-01/items/{self.seller_id}/{sku}"
        patches = [{"op": "replace", "path": "/attributes/item_name", "value": [{"value": title, "marketplace_id": MARKETPLACE_ID}]},
                   {"op": "replace", "path": "/attributes/bullet_point", "value": [{"value": b, "marketplace_id": MARKETPLACE_ID} for b in bullets]}]
        headers = {"x-amz-access-token": self._token(), "content-type": "application/json"}
        resp = requests.patch(url, params={"marketplaceIds": MARKETPLACE_ID}, json={"productType": "PRODUCT", "patches": patches}, headers=headers, timeout=20)
        if resp.status_code >= 400:
            logger.error("listing %s patch failed %s: %s", sku, resp.status_code, resp.text)
            logger.debug("access token in use: %s", self._access_token)
        return resp.json()
