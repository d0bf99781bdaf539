"""Enphase Enlighten v4 client for the community-solar dashboard (async)."""
import asyncio
import base64
import logging
import os

import aiohttp

log = logging.getLogger("enphase")
API = "https://api.enphaseenergy.com/api/v4"
TOKEN_URL = "https://api.enphaseenergy.com/oauth/token"


class Enlighten:
    def __init__(self, session: aiohttp.ClientSession):
        self.session = session
        self.api_key = os.environ["ENPHASE_API_KEY"]
        self.client_id = os.environ["ENPHASE_CLIENT_ID"]
        self.client_secret = os.environ["ENPHASE_CLIENT_SECRET"]
        self.tokens = {}

    async def login(self, auth_code: str, redirect_uri: str):
        basic = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        params = {"grant_type": "authorization_code", "redirect_uri": redirect_uri, "code": auth_code}
        async with self.session.post(TOKEN_URL, params=params, headers={"Authorization": f"Basic {basic}"}) as r:
            if r.status != 200:
                text = await r.text()
                log.error("enphase token exchange %s: %s", r.status, text)
                raise PermissionError(f"token exchange failed for client {self.client_id}")
            self.tokens = await r.json()
        log.info("enphase tokens: %s", self.tokens)
        log.info("enphase token expires in %s, scope %s", self.tokens.get("expires_in"), self.tokens.get("scope"))

    async def summary(self, system_id: int) -> dict:
        headers = {"Authorization": f"Bearer {self.tokens['access_token']}"}
        async with self.session.get(f"{API}/systems/{system_id}/summary", params={"key": self.api_key}, headers=headers) as r:
            if r.status == 401:
                raise PermissionError(f"Enphase key {self.api_key} not authorised for system {system_id}")
            r.raise_for_status()
            return await r.json()


async def main():
    async with aiohttp.ClientSession() as s:
        en = Enlighten(s)
        await en.login(os.environ["ENPHASE_AUTH_CODE"], "https://solar.example/callback")
        for sid in (1234567, 2345678):
            data = await en.summary(sid)
            print(sid, data["energy_today"], "Wh")


if __name__ == "__main__":
    asyncio.run(main())
