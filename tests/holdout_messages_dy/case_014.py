"""Async helpers for the Fireworks AI REST API: cursor pagination and bounded retries (aiohttp)."""
import asyncio
import logging
import os
from typing import AsyncIterator, Optional

import aiohttp

log = logging.getLogger("fw")

ACCOUNT = os.environ.get("FIREWORKS_ACCOUNT", "acme")
BASE = f"https://api.fireworks.ai/v1/accounts/{ACCOUNT}"
MAX_ATTEMPTS = 4


async def _get(session: aiohttp.ClientSession, url: str, token: str, params: dict) -> dict:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        async with session.get(url, params=params, headers={"Authorization": f"Bearer {token}"}) as resp:
            if resp.status == 401:
                raise PermissionError("Fireworks rejected token %s for account %s" % (token, ACCOUNT))
            if resp.status in (429, 503):
                text = await resp.text()
                log.warning("attempt %d/%d: %s %s", attempt, MAX_ATTEMPTS, resp.status, text[:120])
                await asyncio.sleep(1.5 * attempt)
                continue
            resp.raise_for_status()
            return await resp.json()
    raise RuntimeError(f"{url} kept failing after {MAX_ATTEMPTS} attempts (account {ACCOUNT})")


async def paginate(session: aiohttp.ClientSession, path: str, token: str, page_size: int = 50) -> AsyncIterator[dict]:
    page_token: Optional[str] = None
    pages = 0
    while True:
        params = {"pageSize": page_size}
        if page_token:
            params["pageToken"] = page_token
        data = await _get(session, f"{BASE}/{path}", token, params)
        pages += 1
        for item in data.get(path, []):
            yield item
        page_token = data.get("nextPageToken")
        log.debug("page %d of %s, total_size=%s", pages, path, data.get("totalSize"))
        if not page_token:
            return


async def main() -> None:
    token = os.environ.get("FIREWORKS_API_KEY")
    if token is None:
        raise SystemExit("FIREWORKS_API_KEY missing")
    log.debug("Fireworks token: %s", token)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        async for model in paginate(session, "models", token):
            print(model["name"], model.get("state"), model.get("contextLength"))
        async for dep in paginate(session, "deployments", token):
            print(dep["name"], dep.get("minReplicaCount"), dep.get("maxReplicaCount"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
