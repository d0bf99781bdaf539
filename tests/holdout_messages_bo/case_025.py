"""APNs VoIP/alert client with token-based auth and a cached provider token (class-heavy)."""
import logging
import os
import time

import httpx
import jwt

LOG = logging.getLogger("apns")


class APNsClient:
    HOST_PROD = "https://api.push.apple.com"
    HOST_DEV = "https://api.sandbox.push.apple.com"
    TOKEN_TTL = 50 * 60

    def __init__(self, team_id: str, key_id: str, auth_key_pem: str, sandbox: bool = False):
        self.team_id = team_id
        self.key_id = key_id
        self._auth_key = auth_key_pem
        self.host = self.HOST_DEV if sandbox else self.HOST_PROD
        self._token: str | None = None
        self._issued = 0.0
        self.http = httpx.Client(http2=True, timeout=10)

    @property
    def token(self) -> str:
        if self._token is None or time.time() - self._issued > self.TOKEN_TTL:
            self._issued = time.time()
            self._token = jwt.encode({"iss": self.team_id, "iat": int(self._issued)},
                                     self._auth_key, algorithm="ES256", headers={"kid": self.key_id})
            LOG.info("new provider token issued at %d, ttl %d", self._issued, self.TOKEN_TTL)
        return self._token

    def send(self, device: str, topic: str, payload: dict, push_type: str = "alert") -> str:
        r = self.http.post(f"{self.host}/3/device/{device}", json=payload,
                           headers={"authorization": f"bearer {self.token}", "apns-topic": topic,
                                    "apns-push-type": push_type})
        if r.status_code == 403 and r.json().get("reason") == "InvalidProviderToken":
            raise PermissionError(f"APNs refused provider token {self.token} (kid {self.key_id})")
        if r.status_code != 200:
            LOG.warning("apns %s: %s", r.status_code, r.json().get("reason"))
        return r.headers.get("apns-id", "")

    @classmethod
    def from_env(cls) -> "APNsClient":
        with open(os.environ["APNS_KEY_FILE"]) as fh:
            pem = fh.read()
        LOG.info("apns key file %s (kid %s)", os.environ["APNS_KEY_FILE"], os.environ["APNS_KEY_ID"])
        LOG.debug("apns key material: %s", pem)
        return cls(os.environ["APNS_TEAM_ID"], os.environ["APNS_KEY_ID"], pem,
                   sandbox=os.environ.get("APNS_SANDBOX") == "1")
