"""Schwab OAuth token refresher for a trading bot (async, token file on disk)."""
import asyncio
import base64
import json
import logging
import os
from pathlib import Path

import httpx

log = logging.getLogger("schwab.oauth")
TOKEN_FILE = Path(os.getenv("SCHWAB_TOKEN_FILE", "~/.schwab/token.json")).expanduser()
TOKEN_URL = "https://api.schwabapi.com/v1/oauth/token"
CLIENT_ID = os.environ["SCHWAB_APP_KEY"]
CLIENT_SECRET = os.environ["SCHWAB_APP_SECRET"]


async def refresh(tokens: dict) -> dict:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    async with httpx.AsyncClient(timeout=10) as http:
        resp = await http.post(TOKEN_URL, headers={"Authorization": f"Basic {basic}"},
                               data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]})
    if resp.status_code != 200:
        log.error("refresh failed %s: %s", resp.status_code, resp.text)
        raise RuntimeError(f"refresh failed with refresh_token={tokens['refresh_token']}")
    new = resp.json()
    log.info("refreshed: token_type=%s expires_in=%s scope=%s", new["token_type"], new["expires_in"], new.get("scope"))
    log.debug("token response %s", new)
    return new


async def loop():
    tokens = json.loads(TOKEN_FILE.read_text())
    log.info("token file %s, fields %s", TOKEN_FILE, sorted(tokens))
    while True:
        tokens = await refresh(tokens)
        TOKEN_FILE.write_text(json.dumps(tokens))
        access = tokens["access_token"]
        print(f"access token renewed: {access}")
        await asyncio.sleep(tokens["expires_in"] - 60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("app key ends with %s", CLIENT_ID[-4:])
    asyncio.run(loop())
