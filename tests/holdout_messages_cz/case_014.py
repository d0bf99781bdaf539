"""DERMS dispatch for the battery fleet: OAuth client-credentials against the vendor API."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import requests

logger = logging.getLogger("derms.dispatch")


@dataclass
class OAuthToken:
    access_token: str
    token_type: str
    expires_at: float


class DermsClient:
    TOKEN_PATH = "/oauth2/token"

    def __init__(self, base: str, client_id: str, client_secret: str) -> None:
        self.base = base
        self.client_id = client_id
        self.client_secret = client_secret
        self._tok: OAuthToken | None = None

    def get_token(self) -> str:
        if self._tok and self._tok.expires_at > time.time() + 30:
            return self._tok.access_token
        r = requests.post(self.base + self.TOKEN_PATH, data={"grant_type": "client_credentials"}, auth=(self.client_id, self.client_secret), timeout=10)
        if r.status_code != 200:
            raise RuntimeError(f"token endpoint {r.status_code} for client {self.client_id}: {r.text}")
        body = r.json()
        self._tok = OAuthToken(body["access_token"], body.get("token_type", "Bearer"), time.time() + body["expires_in"])
        logger.info("new %s token for %s, expires in %ss", self._tok.token_type, self.client_id, body["expires_in"])
        return self._tok.access_token

    def dispatch(self, site_id: str, kw: float, minutes: int) -> dict:
        token = self.get_token()
        body = {"siteId": site_id, "realPowerKw": kw, "durationMin": minutes}
        r = requests.post(f"{self.base}/v2/dispatch", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=10)
        if r.status_code == 401:
            logger.error("dispatch to %s rejected, bearer %s", site_id, token)
        r.raise_for_status()
        return r.json()

    def debug_state(self) -> None:
        logger.debug("client %s secret %s", self.client_id, self.client_secret)


def fleet_discharge(client: DermsClient, sites: list[str], kw: float) -> None:
    for site in sites:
        result = client.dispatch(site, kw, 60)
        logger.info("site %s accepted=%s setpoint=%s", site, result.get("accepted"), result.get("setpointKw"))
