"""Nightly red-team sweep over every model the gateway routes (ModelRed 0.1.3x, async)."""
from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path

from modelred import AsyncModelRed, ModelRedError, RateLimitError, ServerError

log = logging.getLogger("gateway.sweep")

REPORT = Path(os.environ.get("SWEEP_REPORT", "/var/lib/gateway/redteam.json"))
TEST_TYPES = ["prompt_injection", "jailbreak", "data_exfiltration"]


async def sweep_one(mr: AsyncModelRed, model: str, sem: asyncio.Semaphore) -> dict:
    async with sem:
        try:
            a = await mr.create_assessment(model=model, test_types=TEST_TYPES, priority="low")
            done = await mr.wait_for_completion(a["id"], timeout=1800)
        except (RateLimitError, ServerError) as e:
            log.warning("transient failure for %s: %s", model, e)
            return {"model": model, "status": "retry_tomorrow"}
        except ModelRedError as e:
            return {"model": model, "status": "error", "detail": str(e)}
        return {"model": model, "status": done.get("status"), "score": done.get("score")}


async def sweep(models: list[str], mr_key: str) -> list[dict]:
    log.info("sweeping %d models with key %s", len(models), mr_key)
    log.info("sweeping with key ...%s", mr_key[-4:])
    sem = asyncio.Semaphore(4)
    async with AsyncModelRed(api_key=mr_key) as mr:
        results = await asyncio.gather(*(sweep_one(mr, m, sem) for m in models))
    REPORT.write_text(json.dumps(results, indent=2))
    failed = [r["model"] for r in results if r["status"] == "error"]
    log.info("sweep done: %d ok, %d failed (%s)", len(results) - len(failed), len(failed), failed)
    return results


def admin_report() -> dict:
    """Served by the gateway's /admin/redteam endpoint."""
    if not REPORT.exists():
        return {"results": [], "note": "no sweep yet"}
    return {"results": json.loads(REPORT.read_text())}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise SystemExit(f"MODELRED_API_KEY is empty: {key!r}")
    routed = [m.strip() for m in os.environ.get("ROUTED_MODELS", "gw-chat-default").split(",")]
    asyncio.run(sweep(routed, key))
