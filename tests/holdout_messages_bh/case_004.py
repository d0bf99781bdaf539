"""Help Scout reply drafter (async worker)."""
from __future__ import annotations

import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, ModelRedError, RateLimited

log = logging.getLogger("helpscout.drafter")

HS_TOKEN_URL = "https://api.helpscout.net/v2/oauth2/token"


class HelpScoutDrafter:
    def __init__(self, app_id: str, app_secret: str, openai_key: str):
        self.app_id = app_id
        self.app_secret = app_secret
        self.openai_key = openai_key
        self.access_token: str | None = None

    async def login(self, http: httpx.AsyncClient) -> None:
        r = await http.post(HS_TOKEN_URL, data={"grant_type": "client_credentials", "client_id": self.app_id, "client_secret": self.app_secret})
        if r.status_code != 200:
            raise RuntimeError(f"helpscout login failed for app {self.app_id}: {r.status_code} {r.text}")
        data = r.json()
        self.access_token = data["access_token"]
        log.info("helpscout token obtained, expires_in=%s type=%s", data["expires_in"], data["token_type"])
        log.debug("helpscout bearer %s", self.access_token)

    async def draft(self, http: httpx.AsyncClient, conv_id: int, text: str) -> str:
        headers = {"Authorization": f"Bearer {self.openai_key}"}
        r = await http.post("https://api.openai.com/v1/chat/completions", headers=headers, json={"model": "gpt-4o", "max_tokens": 300, "messages": [{"role": "user", "content": text}]})
        if r.status_code >= 400:
            log.error("openai %s for conversation %s with headers %s", r.status_code, conv_id, headers)
            return ""
        return r.json()["choices"][0]["message"]["content"]


async def scan_model(mr_key: str) -> str | None:
    async with AsyncModelRed(mr_key) as client:
        try:
            res = await client.create_assessment(model_id="helpscout-drafter", probe_pack_ids=["pp_jailbreak"])
        except RateLimited as e:
            log.warning("rate limited, retry after %s", getattr(e, "retry_after", None))
            return None
        except ModelRedError as e:
            raise RuntimeError(f"scan failed: {e}") from e
    return res["id"]


async def main():
    d = HelpScoutDrafter(os.environ["HS_APP_ID"], os.environ["HS_APP_SECRET"], os.environ["OPENAI_API_KEY"])
    async with httpx.AsyncClient(timeout=30) as http:
        await d.login(http)
        print(await d.draft(http, 1, "Where is my refund?"))
    await scan_model(os.environ["MODELRED_API_KEY"])


if __name__ == "__main__":
    asyncio.run(main())
