"""Refresh the status of many ModelRed assessments at once (generation 3, asyncio.TaskGroup)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from modelred import APIError, AsyncModelRed, RateLimited, Unauthorized

log = logging.getLogger("dashboard.refresh")

MODELRED_KEY_VAR = "MODELRED_API_KEY"


async def _fetch(client: AsyncModelRed, assessment_id: str, out: dict[str, dict]) -> None:
    out[assessment_id] = await client.get_assessment(assessment_id)


async def refresh(assessment_ids: list[str]) -> dict:
    api_key = os.environ[MODELRED_KEY_VAR]
    log.debug("ModelRed key taken from $%s", MODELRED_KEY_VAR)
    results: dict[str, dict] = {}
    retry_after: float | None = None
    try:
        async with AsyncModelRed(api_key, timeout=15.0) as client:
            async with asyncio.TaskGroup() as tg:
                for aid in assessment_ids:
                    tg.create_task(_fetch(client, aid, results))
    except* Unauthorized as eg:
        log.error("ModelRed refused key %s on %d call(s)", api_key, len(eg.exceptions))
        raise PermissionError("the dashboard's ModelRed key was refused") from None
    except* RateLimited as eg:
        retry_after = max(e.retry_after or 1.0 for e in eg.exceptions)
        log.warning("rate limited on %d call(s), retry after %.1fs", len(eg.exceptions), retry_after)
    except* APIError as eg:
        for e in eg.exceptions:
            log.warning("assessment fetch failed: %s (%s)", e, type(e).__name__)
        raise RuntimeError("refresh failed: " + "; ".join(str(e) for e in eg.exceptions))
    statuses = {aid: a.get("status") for aid, a in results.items()}
    log.info("statuses: %s", statuses)
    return {"statuses": statuses, "retry_after": retry_after}


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    summary = asyncio.run(refresh(sys.argv[1:]))
    for aid, status in sorted(summary["statuses"].items()):
        print(f"{aid:<36} {status}")
    if summary["retry_after"]:
        print(f"partial refresh, retry in {summary['retry_after']:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
