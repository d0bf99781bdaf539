"""Kraken private REST client (async, aiohttp)."""
import base64
import hashlib
import hmac
import logging
import time
import urllib.parse

import aiohttp

log = logging.getLogger("kraken")


class KrakenClient:
    api_url = "https://api.kraken.com"

    def __init__(self, key: str, secret_b64: str, otp: str | None = None):
        self.key = key
        self.secret_b64 = secret_b64
        self.otp = otp
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self):
        return f"KrakenClient(key={self.key[:4]}…)"

    def _signature(self, path: str, data: dict) -> str:
        postdata = urllib.parse.urlencode(data)
        message = path.encode() + hashlib.sha256((str(data["nonce"]) + postdata).encode()).digest()
        try:
            secret = base64.b64decode(self.secret_b64)
        except ValueError as exc:
            raise ValueError(f"kraken secret is not base64: {self.secret_b64!r}") from exc
        return base64.b64encode(hmac.new(secret, message, hashlib.sha512).digest()).decode()

    async def private(self, method: str, **params):
        path = f"/0/private/{method}"
        data = {"nonce": int(time.time() * 1000), **params}
        if self.otp:
            data["otp"] = self.otp
        headers = {"API-Key": self.key, "API-Sign": self._signature(path, data)}
        self._session = self._session or aiohttp.ClientSession()
        async with self._session.post(self.api_url + path, data=data, headers=headers) as resp:
            body = await resp.json()
        if body.get("error"):
            log.error("kraken %s failed: %s (client %r)", method, body["error"], self)
            log.debug("request data=%s headers=%s", data, headers)
            raise RuntimeError(f"kraken {method}: {', '.join(body['error'])}")
        return body["result"]

    async def balance(self):
        result = await self.private("Balance")
        log.info("balances: %d assets", len(result))
        return result

    async def close(self):
        if self._session:
            await self._session.close()
