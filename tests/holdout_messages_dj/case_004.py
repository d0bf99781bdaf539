"""Token refresher for the gateway's OAuth client-credentials flow."""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger("gateway.auth")
TOKEN_URL = "https://auth.internal.example/oauth2/token"
EXPIRED_TOKEN_CODE = "expired_token"


@dataclass
class CachedToken:
    access_token: str = field(repr=False)
    expires_at: float
    scope: str


class TokenRefresher:
    def __init__(self, client_id: str, client_secret: str) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self._cached: CachedToken | None = None
        self._lock = asyncio.Lock()

    async def token(self) -> str:
        async with self._lock:
            if self._cached and self._cached.expires_at - 30 > time.time():
                return self._cached.access_token
            return await self._refresh()

    async def _refresh(self) -> str:
        logger.debug("refreshing for client %s", self.client_id)
        async with httpx.AsyncClient(timeout=10) as http:
            resp = await http.post(TOKEN_URL, data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            })
        if resp.status_code != 200:
            raise RuntimeError(f"token endpoint said {resp.status_code}: {resp.text}")
        body = resp.json()
        logger.debug("token response fields: %s", sorted(body))
        self._cached = CachedToken(body["access_token"], time.time() + body["expires_in"], body.get("scope", ""))
        logger.info("cached %r", self._cached)
        logger.info("token type=%s expires_in=%s", body.get("token_type"), body["expires_in"])
        return self._cached.access_token

    async def authorize(self, request: httpx.Request) -> None:
        access_token = await self.token()
        request.headers["Authorization"] = f"Bearer {access_token}"
        logger.debug("signed request with bearer %s", access_token)

    def reject(self, code: str) -> None:
        if code == EXPIRED_TOKEN_CODE:
            logger.warning("server reported %s, dropping cache", EXPIRED_TOKEN_CODE)
            self._cached = None
        else:
            raise PermissionError(f"client secret {self.client_secret} refused: {code}")
