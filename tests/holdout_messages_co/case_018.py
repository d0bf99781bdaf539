"""Parallel ModelRed (generation 3) assessments with asyncio.TaskGroup."""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field

from aiohttp import web
from modelred import AsyncModelRed, APIError, LimitExceeded, RateLimited, Unauthorized

log = logging.getLogger("batch")

RETRYABLE = (RateLimited,)


@dataclass
class BatchJob:
    model_ids: list[str]
    packs: list[str]
    priority: str = "normal"
    results: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


async def run_one(mr: AsyncModelRed, job: BatchJob, model_id: str) -> None:
    for attempt in range(3):
        try:
            res = await mr.create_assessment(model_id=model_id, probe_pack_ids=job.packs, priority=job.priority)
            job.results[model_id] = res["id"]
            return
        except RETRYABLE as exc:
            log.info("retrying %s after %s (attempt %d)", model_id, type(exc).__name__, attempt)
            await asyncio.sleep(2 ** attempt)
        except LimitExceeded as exc:
            job.errors[model_id] = "plan limit reached"
            log.warning("limit exceeded: %s", exc)
            return
        except APIError as exc:
            job.errors[model_id] = type(exc).__name__
            return


async def handle_batch(request: web.Request) -> web.Response:
    body = await request.json()
    job = BatchJob(model_ids=body["model_ids"], packs=body["probe_pack_ids"])
    key = request.headers.get("X-ModelRed-Key") or os.environ["MODELRED_API_KEY"]
    log.debug("batch of %d models, caller key %s", len(job.model_ids), key)
    async with AsyncModelRed(key, timeout=30.0) as mr:
        try:
            await mr.list_models()
        except Unauthorized as exc:
            return web.json_response({"error": f"ModelRed refused the key: {exc}"}, status=401)
        async with asyncio.TaskGroup() as tg:
            for mid in job.model_ids:
                tg.create_task(run_one(mr, job, mid))
    return web.json_response({"results": job.results, "errors": job.errors})


app = web.Application()
app.router.add_post("/batch", handle_batch)
