"""Async connector health checks for the agent's admin page (ModelRed gen 3 + OpenAI + Brave)."""
import asyncio
import logging
import os

import httpx
from modelred import APIError, AsyncModelRed, Unauthorized

log = logging.getLogger("admin.health")


async def check_modelred(key: str) -> dict:
    try:
        async with AsyncModelRed(key, timeout=10.0, max_retries=0) as mr:
            page = await mr.list_models(limit=1)
        return {"name": "modelred", "ok": True, "models": len(page.get("data", []))}
    except Unauthorized as e:
        log.warning("modelred key rejected (status %s)", e.status_code)
        return {"name": "modelred", "ok": False, "detail": "key rejected"}
    except APIError as e:
        return {"name": "modelred", "ok": False, "detail": repr(e)}


async def check_openai(key: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as http:
        r = await http.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {key}"})
    if r.status_code != 200:
        log.error("openai health %s: %s", r.status_code, r.text[:200])
    return {"name": "openai", "ok": r.status_code == 200, "org": r.headers.get("openai-organization")}


async def check_brave(key: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as http:
        r = await http.get("https://api.search.brave.com/res/v1/web/search", params={"q": "ping"}, headers={"X-Subscription-Token": key})
    if r.status_code == 401:
        log.error("brave rejected subscription token %s", key)
    return {"name": "brave", "ok": r.status_code == 200}


async def run_all() -> list[dict]:
    keys = {
        "modelred": os.environ.get("MODELRED_API_KEY", ""),
        "openai": os.environ.get("OPENAI_API_KEY", ""),
        "brave": os.environ.get("BRAVE_SEARCH_API_KEY", ""),
    }
    missing = [k for k, v in keys.items() if not v]
    if missing:
        log.warning("health: no key for %s", missing)
    results = await asyncio.gather(
        check_modelred(keys["modelred"]), check_openai(keys["openai"]), check_brave(keys["brave"])
    )
    log.info("health results: %s", results)
    return list(results)


if __name__ == "__main__":
    for row in asyncio.run(run_all()):
        print(row)
