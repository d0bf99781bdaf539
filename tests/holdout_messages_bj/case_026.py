"""modelred_helpers.py - small async helpers I share between my bots (vendored, not on PyPI)."""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

from modelred import AsyncModelRed, APIError, NotFound, RateLimited, Unauthorized

_log = logging.getLogger("mrhelpers")


def _key(api_key: str | None) -> str:
    api_key = api_key or os.environ.get("MODELRED_API_KEY")
    if api_key is None:
        raise RuntimeError("pass api_key= or export MODELRED_API_KEY")
    if " " in api_key or "\n" in api_key:
        raise RuntimeError(f"api key has whitespace: {api_key!r}")
    return api_key


async def scan(model_id: str, packs: list[str], api_key: str | None = None) -> dict[str, Any]:
    """Start an assessment. Returns {"ok": bool, "id" | "error": str}."""
    async with AsyncModelRed(_key(api_key), timeout=30.0) as mr:
        try:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RateLimited as e:
            await asyncio.sleep(e.retry_after or 5)
            return await scan(model_id, packs, api_key)
        except Unauthorized as e:
            return {"ok": False, "error": f"unauthorized ({e.status_code})"}
        except APIError as e:
            return {"ok": False, "error": str(e)}
    return {"ok": True, "id": job["id"]}


async def status(assessment_id: str, api_key: str | None = None) -> str:
    async with AsyncModelRed(_key(api_key)) as mr:
        try:
            a = await mr.get_assessment(assessment_id)
        except NotFound:
            return "unknown"
        except APIError as e:
            _log.warning("status(%s) failed: %s", assessment_id, e)
            return "error"
    return a.get("status", "unknown")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(scan("demo-model", ["jailbreak-basic"])))
