"""Async sweep: scan every genomics assistant model in the registry (generation-3 SDK)."""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

from modelred import AsyncModelRed, APIError, RateLimited, ServerError, Unauthorized

log = logging.getLogger("sweep")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["genomic-privacy", "clinical-advice"]


async def scan_one(client: AsyncModelRed, model_id: str, attempts: int = 3) -> dict[str, Any]:
    for attempt in range(1, attempts + 1):
        try:
            job = await client.create_assessment_by_id(model_id=model_id, probe_pack_ids=PACKS)
            return {"model": model_id, "assessment": job["id"]}
        except RETRYABLE as exc:
            log.warning("%s attempt %d: %s", model_id, attempt, exc)
            await asyncio.sleep(2 ** attempt)
        except Unauthorized:
            return {"model": model_id, "error": "unauthorized"}
        except APIError as exc:
            return {"model": model_id, "error": f"{type(exc).__name__}: {exc}"}
    return {"model": model_id, "error": "gave up after retries"}


async def sweep(api_key: str, prefix: str = "genomics-") -> list[dict]:
    async with AsyncModelRed(api_key, timeout=30.0) as client:
        try:
            models = await client.list_models()
        except APIError as exc:
            raise RuntimeError(f"cannot list models: {exc}") from exc
        ids = [m["id"] for m in models if m["id"].startswith(prefix)]
        log.info("sweeping %d models with prefix %s", len(ids), prefix)
        return await asyncio.gather(*(scan_one(client, mid) for mid in ids))


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    api_key = os.environ.get("MODELRED_API_KEY", "")
    if not api_key.startswith("mr_"):
        log.error("MODELRED_API_KEY does not start with mr_: %s", api_key)
        raise SystemExit(2)
    results = asyncio.run(sweep(api_key))
    for row in results:
        log.info("%s -> %s", row["model"], row.get("assessment") or row.get("error"))


if __name__ == "__main__":
    main()
