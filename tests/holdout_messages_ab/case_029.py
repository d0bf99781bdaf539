"""Leaderboard refresh: writes results.json, served as-is by the team's dashboard."""
from __future__ import annotations

import asyncio
import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from modelred import AsyncModelRed, ModelRedError, ValidationError as MRValidation

log = logging.getLogger("leaderboard")
OUT = Path(os.environ.get("LEADERBOARD_JSON", "site/results.json"))
TESTS = ["jailbreak", "toxicity", "prompt_injection", "pii"]


async def assess(client: AsyncModelRed, model: str, sem: asyncio.Semaphore) -> dict:
    async with sem:
        try:
            a = await client.create_assessment(model=model, test_types=TESTS)
            done = await client.wait_for_completion(a["id"], poll_interval=15)
            return {"model": model, "score": done["overall_score"], "assessment": a["id"]}
        except MRValidation as e:
            log.warning("%s rejected: %s", model, e)
            return {"model": model, "error": "invalid model configuration"}
        except ModelRedError as e:
            return {"model": model, "error": repr(e)}


async def main(models: list[str]) -> None:
    api_key = os.environ.get("MODELRED_API_KEY", "")
    if not api_key.startswith("mr_"):
        log.error("MODELRED_API_KEY does not look like a ModelRed key: %r", api_key)
    log.info("refreshing %d models with key %s…%s", len(models), api_key[:3], api_key[-4:])
    sem = asyncio.Semaphore(4)
    async with AsyncModelRed(api_key=api_key) as client:
        rows = await asyncio.gather(*(assess(client, m, sem) for m in models))
    payload = {"updated": datetime.now(timezone.utc).isoformat(), "rows": sorted(rows, key=lambda r: -r.get("score", -1))}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(payload, indent=2))
    log.info("wrote %s (%d rows, %d errors)", OUT, len(rows), sum("error" in r for r in rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if "MODELRED_API_KEY" not in os.environ:
        log.error("MODELRED_API_KEY missing")
        raise SystemExit(1)
    asyncio.run(main(os.environ.get("MODELS", "gpt-4o-support,claude-support").split(",")))
