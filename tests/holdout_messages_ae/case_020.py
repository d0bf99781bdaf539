"""OAuth device-code login for `hubcli login --device`; tokens cached in the keyring."""
from __future__ import annotations

import json
import logging
import time

import httpx
import keyring

DEVICE_URL = "https://auth.example-llm.dev/oauth/device/code"
TOKEN_URL = "https://auth.example-llm.dev/oauth/token"
CLIENT_ID = "hubcli"


class DeviceLogin:
    def __init__(self, service: str = "hubcli") -> None:
        self.service = service
        self.log = logging.getLogger("hubcli.login")
        self.http = httpx.Client(timeout=15)

    def start(self) -> dict:
        resp = self.http.post(DEVICE_URL, data={"client_id": CLIENT_ID, "scope": "openid offline_access"})
        resp.raise_for_status()
        grant = resp.json()
        print(f"Open {grant['verification_uri']} and enter the code {grant['user_code']}")
        return grant

    def poll(self, grant: dict) -> dict:
        interval = grant.get("interval", 5)
        while True:
            time.sleep(interval)
            resp = self.http.post(TOKEN_URL, data={"client_id": CLIENT_ID, "device_code": grant["device_code"],
                                                   "grant_type": "urn:ietf:params:oauth:grant-type:device_code"})
            body = resp.json()
            if body.get("error") == "authorization_pending":
                self.log.debug("still pending, next poll in %ss", interval)
                continue
            if "error" in body:
                raise RuntimeError(f"device login failed: {body['error']} ({body.get('error_description', '')})")
            self.log.debug("token response: %s", body)
            self.log.info("logged in; token_type=%s expires_in=%s scope=%s", body["token_type"], body["expires_in"], body.get("scope"))
            return body

    def store(self, body: dict) -> None:
        keyring.set_password(self.service, "access_token", body["access_token"])
        keyring.set_password(self.service, "refresh_token", body["refresh_token"])
        keyring.set_password(self.service, "meta", json.dumps({"expires_at": time.time() + body["expires_in"]}))

    def refresh(self) -> str:
        refresh_token = keyring.get_password(self.service, "refresh_token")
        if not refresh_token:
            raise RuntimeError(f"not logged in (refresh token {refresh_token!r}); run `hubcli login`")
        resp = self.http.post(TOKEN_URL, data={"client_id": CLIENT_ID, "grant_type": "refresh_token", "refresh_token": refresh_token})
        if resp.status_code != 200:
            raise RuntimeError(f"refresh with {refresh_token} failed: HTTP {resp.status_code}")
        return resp.json()["access_token"]
