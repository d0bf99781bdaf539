"""Auth0 machine-to-machine token cache for the internal analytics assistant (async)."""
import asyncio
import logging
import time

import aiohttp

logger = logging.getLogger("auth0.m2m")


class Auth0TokenCache:
    def __init__(self, domain, client_id, client_secret, audience):
        self.domain = domain
        self.client_id = client_id
        self.client_secret = client_secret
        self.audience = audience
        self._token = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def get_token(self):
        async with self._lock:
            if self._token and time.time() < self._expires_at - 60:
                return self._token
            payload = {"client_id": self.client_id, "client_secret": self.client_secret,
                       "audience": self.audience, "grant_type": "client_credentials"}
            async with aiohttp.ClientSession() as s:
                async with s.post(f"https://{self.domain}/oauth/token", json=payload) as r:
                    if r.status != 200:
                        body = await r.text()
                        raise RuntimeError(f"auth0 token request failed ({r.status}): {body}")
                    data = await r.json()
            self._token = data["access_token"]
            self._expires_at = time.time() + data["expires_in"]
            logger.info("new M2M token for %s, valid %ss", self.audience, data["expires_in"])
            return self._token


async def call_assistant_api(cache, question):
    token = await cache.get_token()
    logger.debug("calling assistant with bearer %s", token)
    async with aiohttp.ClientSession(headers={"Authorization": f"Bearer {token}"}) as s:
        async with s.post("https://assistant.internal/v1/ask", json={"q": question, "max_tokens": 256}) as r:
            return await r.json()


async def main(cfg):
    cache = Auth0TokenCache(cfg["domain"], cfg["client_id"], cfg["client_secret"], cfg["audience"])
    logger.info("auth0 m2m client %s for %s", cache.client_id, cache.audience)
    if not cfg.get("client_secret"):
        raise ValueError(f"auth0 client_secret missing for client {cfg['client_id']}")
    print(await call_assistant_api(cache, "weekly ticket volume?"))
    print("payload secret:", cache.client_secret)
