"""Celery-free job runner: assessments triggered from the admin UI (ModelRed 0.1.3x)."""
import logging
import os
import threading
import uuid

from modelred import AsyncModelRed, ModelRedError, RateLimitError

log = logging.getLogger("jobs")
JOBS = {}


async def _assess(model, test_types):
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        created = await client.create_assessment(model=model, test_types=test_types, priority="high")
        return await client.wait_for_completion(created["id"])


def _worker(job_id, model, test_types):
    import asyncio
    JOBS[job_id]["state"] = "running"
    try:
        result = asyncio.run(_assess(model, test_types))
    except RateLimitError as e:
        log.warning("job %s rate limited: %s", job_id, e)
        JOBS[job_id].update(state="retry", error="rate limited")
    except ModelRedError as e:
        log.exception("job %s failed", job_id)
        JOBS[job_id].update(state="failed", error=repr(e))
    else:
        JOBS[job_id].update(state="done", score=result.get("score"))


def submit(model, test_types):
    job_id = uuid.uuid4().hex
    JOBS[job_id] = {"model": model, "state": "queued"}
    threading.Thread(target=_worker, args=(job_id, model, test_types), daemon=True).start()
    log.info("queued %s for %s (%d test types)", job_id, model, len(test_types))
    return job_id


def status(job_id):
    job = JOBS.get(job_id)
    if job is None:
        return {"error": f"unknown job {job_id}"}
    return dict(job)
