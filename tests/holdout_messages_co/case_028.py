"""Iterate every assessment of an org with an async generator (ModelRed generation 3)."""
from __future__ import annotations

import asyncio
import csv
import logging
import os
import sys
from collections.abc import AsyncIterator

from modelred import AsyncModelRed, APIError, RateLimited, ServerError

log = logging.getLogger("export")

PAGE_SIZE = 50


async def all_assessments(mr: AsyncModelRed) -> AsyncIterator[dict]:
    page = 1
    while True:
        try:
            batch = await mr.list_assessments(page=page, page_size=PAGE_SIZE)
        except (RateLimited, ServerError) as exc:
            log.info("transient %s on page %d, retrying", type(exc).__name__, page)
            await asyncio.sleep(5)
            continue
        except APIError as exc:
            raise RuntimeError(f"export stopped at page {page}: {exc}") from exc
        items = batch.get("data", [])
        for item in items:
            yield item
        if len(items) < PAGE_SIZE:
            return
        page += 1


async def export(path: str) -> int:
    key = os.environ.get("MODELRED_API_KEY", "")
    log.info("exporting with key ending %s to %s", key[-4:], path)
    count = 0
    async with AsyncModelRed(key, timeout=60.0) as mr:
        with open(path, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "model", "status", "score"])
            async for a in all_assessments(mr):
                w.writerow([a["id"], a.get("modelId"), a.get("status"), a.get("score")])
                count += 1
    return count


if __name__ == "__main__":
    try:
        n = asyncio.run(export(sys.argv[1] if len(sys.argv) > 1 else "assessments.csv"))
    except RuntimeError as e:
        log.error("export failed: %s", e)
        sys.exit(1)
    print(f"exported {n} assessments")
