import enum
import logging
import time

import requests

log = logging.getLogger("oauth")
TOKEN_URL = "https://auth.example.com/oauth/token"
CLIENT_ID_ENV = "EXAMPLE_CLIENT_ID"
CLIENT_SECRET_ENV = "EXAMPLE_CLIENT_SECRET"


class ErrorCode(enum.Enum):
    EXPIRED_TOKEN = "expired_token"
    INVALID_CLIENT = "invalid_client"


class AuthError(Exception):
    pass


class TokenCache:
    def __init__(self, client_id: str, client_secret: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_token = None
        self.expires_at = 0.0

    def get(self) -> str:
        if self.access_token and time.time() < self.expires_at - 30:
            return self.access_token
        resp = requests.post(
            TOKEN_URL,
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        if resp.status_code == 401:
            raise AuthError(f"{ErrorCode.INVALID_CLIENT.value}: check {CLIENT_ID_ENV}/{CLIENT_SECRET_ENV}")
        body = resp.json()
        self.access_token = body["access_token"]
        self.expires_at = time.time() + body.get("expires_in", 3600)
        log.info("token refreshed for %s, type=%s, expires_in=%s", self.client_id, body.get("token_type"), body.get("expires_in"))
        log.debug("access_token=%s", self.access_token)
        return self.access_token

    def on_401(self) -> None:
        log.warning("%s; dropping cached token", ErrorCode.EXPIRED_TOKEN)
        stale = self.access_token
        self.access_token = None
        raise AuthError(f"token {stale} expired early")
