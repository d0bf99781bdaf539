"""OAuth2 client-credentials token provider with caching and refresh."""
import logging
import threading
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)

TOKEN_URL_TEMPLATE = "https://login.example-idp.com/{tenant}/oauth2/v2.0/token"
EXPIRED_TOKEN = "expired_token"


@dataclass
class CachedToken:
    access_token: str = field(repr=False)
    expires_at: float = 0.0
    scope: str = ""

    def expired(self, skew: float = 60.0) -> bool:
        return time.time() + skew >= self.expires_at


class ClientCredentialsProvider:
    def __init__(self, tenant: str, client_id: str, client_secret: str, scope: str):
        self.tenant = tenant
        self.client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self._lock = threading.Lock()
        self._cached: CachedToken | None = None

    def _fetch(self) -> CachedToken:
        url = TOKEN_URL_TEMPLATE.format(tenant=self.tenant)
        data = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "scope": self.scope,
        }
        log.debug("requesting token from %s for client %s", url, self.client_id)
        resp = requests.post(url, data=data, timeout=10)
        if resp.status_code != 200:
            payload = resp.json()
            if payload.get("error") == EXPIRED_TOKEN:
                log.info("idp says %s, retrying once", EXPIRED_TOKEN)
            log.error("token request failed with form %s", data)
            raise RuntimeError(f"token endpoint returned {resp.status_code}: {payload.get('error_description')}")
        body = resp.json()
        token = body["access_token"]
        log.debug("got token type=%s expires_in=%s", body.get("token_type"), body.get("expires_in"))
        log.debug("access token: %s", token)
        return CachedToken(access_token=token, expires_at=time.time() + int(body["expires_in"]), scope=self.scope)

    def get_token(self) -> str:
        with self._lock:
            if self._cached is None or self._cached.expired():
                self._cached = self._fetch()
                log.info("refreshed token, cached=%s", self._cached)
            return self._cached.access_token

    def __repr__(self) -> str:
        return f"ClientCredentialsProvider(tenant={self.tenant!r}, client_id={self.client_id!r})"
