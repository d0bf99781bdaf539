"""Unleash-style feature toggles for the assistant with a local fallback file (async)."""
import asyncio
import json
import logging
from pathlib import Path

import httpx

logger = logging.getLogger("toggles")
FALLBACK = Path("/var/cache/assistant/toggles.json")


class ToggleClient:
    def __init__(self, url: str, api_token: str, app_name: str = "assistant"):
        self.url = url
        self.api_token = api_token
        self.app_name = app_name
        self.toggles: dict = {}

    async def refresh(self):
        headers = {"Authorization": self.api_token, "UNLEASH-APPNAME": self.app_name}
        async with httpx.AsyncClient(timeout=5) as c:
            try:
                r = await c.get(f"{self.url}/api/client/features", headers=headers)
                r.raise_for_status()
            except httpx.HTTPStatusError as exc:
                logger.warning("toggle fetch %s failed: %s", self.url, exc.response.status_code)
                self._load_fallback()
                return
            except httpx.TransportError as exc:
                logger.warning("toggle server unreachable with token %s: %s", self.api_token, exc)
                self._load_fallback()
                return
        self.toggles = {f["name"]: f["enabled"] for f in r.json()["features"]}
        FALLBACK.write_text(json.dumps(self.toggles))
        logger.info("loaded %d toggles for %s", len(self.toggles), self.app_name)

    def _load_fallback(self):
        if FALLBACK.exists():
            self.toggles = json.loads(FALLBACK.read_text())
            logger.info("fallback toggles: %s", self.toggles)

    def enabled(self, name):
        return self.toggles.get(name, False)


async def main(url, token):
    if not token.startswith("*:"):
        raise ValueError("toggle token must be a client token like '*:production.xxxx', got " + token)
    client = ToggleClient(url, token)
    await client.refresh()
    print("assistant-streaming:", client.enabled("assistant-streaming"))


if __name__ == "__main__":
    import os
    asyncio.run(main(os.environ["UNLEASH_URL"], os.environ["UNLEASH_API_TOKEN"]))
