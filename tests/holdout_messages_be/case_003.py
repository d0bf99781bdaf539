"""DoorDash Drive client: JWT signing and delivery quotes."""
from __future__ import annotations

import base64
import logging
import os
import time

import jwt
import httpx

logger = logging.getLogger(__name__)


class DoorDashDrive:
    BASE = "https://openapi.doordash.com/drive/v2"

    def __init__(self, developer_id: str, key_id: str, signing_secret: str):
        self.developer_id = developer_id
        self.key_id = key_id
        self.signing_secret = signing_secret
        logger.info("DoorDash drive client dev=%s key_id=%s", developer_id, key_id)

    def _token(self) -> str:
        now = int(time.time())
        claims = {"aud": "doordash", "iss": self.developer_id, "kid": self.key_id,
                  "exp": now + 300, "iat": now}
        try:
            secret = base64.urlsafe_b64decode(self.signing_secret)
        except ValueError:
            logger.error("signing secret %r is not base64", self.signing_secret)
            raise
        return jwt.encode(claims, secret, algorithm="HS256", headers={"dd-ver": "DD-JWT-V1"})

    def quote(self, external_id: str, pickup: str, dropoff: str) -> dict:
        token = self._token()
        logger.debug("quote %s signed, jwt length %d", external_id, len(token))
        r = httpx.post(f"{self.BASE}/quotes",
                       headers={"Authorization": f"Bearer {token}"},
                       json={"external_delivery_id": external_id,
                             "pickup_address": pickup, "dropoff_address": dropoff},
                       timeout=10)
        if r.status_code >= 400:
            raise RuntimeError(f"quote {external_id} failed: {r.status_code} {r.text}")
        return r.json()

    def debug_auth(self) -> None:
        token = self._token()
        logger.debug("DoorDash bearer for manual curl: %s", token)


def from_env() -> DoorDashDrive:
    return DoorDashDrive(
        os.environ["DOORDASH_DEVELOPER_ID"],
        os.environ["DOORDASH_KEY_ID"],
        os.environ["DOORDASH_SIGNING_SECRET"],
    )
