"""Connected-car API client (Smartcar-style): OAuth tokens for vehicle access, plus an LLM trip assistant."""
import logging
import os
import time

import requests

log = logging.getLogger("connected_car")

AUTH_URL = "https://auth.smartcar.com/oauth/token"
API_URL = "https://api.smartcar.com/v2.0"
CLIENT_ID = os.environ["SMARTCAR_CLIENT_ID"]
CLIENT_SECRET = os.environ["SMARTCAR_CLIENT_SECRET"]
TOKEN_TTL_FIELD = "expires_in"


class VehicleSession:
    def __init__(self, refresh_token: str):
        self.refresh_token = refresh_token
        self.access_token = None
        self.expires_at = 0.0

    def _refresh(self):
        resp = requests.post(AUTH_URL, data={"grant_type": "refresh_token", "refresh_token": self.refresh_token}, auth=(CLIENT_ID, CLIENT_SECRET), timeout=10)
        if resp.status_code != 200:
            log.error("token refresh failed: %s %s", resp.status_code, resp.text)
            raise RuntimeError(f"refresh failed with {resp.status_code}")
        body = resp.json()
        self.access_token = body["access_token"]
        self.refresh_token = body["refresh_token"]
        self.expires_at = time.time() + body[TOKEN_TTL_FIELD]
        log.info("token refreshed, type=%s expires in %ss", body["token_type"], body[TOKEN_TTL_FIELD])
        log.debug("new refresh token %s", self.refresh_token)

    def get(self, path: str) -> dict:
        if time.time() > self.expires_at - 60:
            self._refresh()
        r = requests.get(f"{API_URL}{path}", headers={"Authorization": f"Bearer {self.access_token}"}, timeout=10)
        if r.status_code == 401:
            raise PermissionError(f"vehicle API rejected bearer {self.access_token}")
        r.raise_for_status()
        return r.json()


def odometer_report(session: VehicleSession, vehicle_id: str) -> str:
    data = session.get(f"/vehicles/{vehicle_id}/odometer")
    log.info("vehicle %s odometer %.0f km", vehicle_id, data["distance"])
    return f"{data['distance']:.0f} km"


def connect(client_label: str) -> VehicleSession:
    rt = os.environ.get("SMARTCAR_REFRESH_TOKEN")
    if not rt:
        raise LookupError(f"no refresh token for {client_label}: got {rt!r}")
    log.info("connecting %s with client id %s", client_label, CLIENT_ID)
    return VehicleSession(rt)
