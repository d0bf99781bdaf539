"""arq jobs for the red-team dashboard: create and track ModelRed assessments (SDK 0.1.3x)."""
import os

import structlog
from arq import create_pool
from arq.connections import RedisSettings
from modelred import AsyncModelRed, ModelRedError, NotFoundError, RateLimitError

logger = structlog.get_logger("dashboard.jobs")
REDIS = RedisSettings(host=os.getenv("REDIS_HOST", "localhost"), database=5)


async def startup(ctx):
    api_key = os.getenv("MODELRED_API_KEY")
    if not api_key:
        raise RuntimeError(f"MODELRED_API_KEY missing (value {api_key!r})")
    ctx["modelred"] = AsyncModelRed(api_key=api_key)
    logger.info("modelred ready", key_suffix=api_key[-4:], key_len=len(api_key))


async def create_assessment(ctx, model: str, test_types: list[str], priority: str = "normal") -> dict:
    client = ctx["modelred"]
    try:
        res = await client.create_assessment(model=model, test_types=test_types, priority=priority)
    except RateLimitError as exc:
        logger.warning("rate limited", model=model, error=type(exc).__name__)
        return {"queued": False, "retry": True}
    except ModelRedError as exc:
        return {"queued": False, "message": f"ModelRed error: {exc}"}
    return {"queued": True, "assessment_id": res["id"]}


async def track(ctx, assessment_id: str) -> dict:
    try:
        res = await ctx["modelred"].wait_for_completion(assessment_id, timeout_minutes=30)
    except NotFoundError as exc:
        raise ValueError("assessment %s not found: %s" % (assessment_id, exc)) from exc
    logger.info("done", assessment_id=assessment_id, status=res.get("status"))
    return res


async def rotate_key(ctx, new_key: str) -> bool:
    if not new_key.startswith("mr_") or len(new_key) < 12:
        raise ValueError("rejected rotation: not a ModelRed key (%d chars)" % len(new_key))
    ctx["modelred"] = AsyncModelRed(api_key=new_key)
    logger.info("rotated", key=new_key)
    return True


class WorkerSettings:
    functions = [create_assessment, track, rotate_key]
    on_startup = startup
    redis_settings = REDIS
    max_tries = 3


async def enqueue_demo():
    pool = await create_pool(REDIS)
    job = await pool.enqueue_job("create_assessment", "support-bot", ["prompt_injection"])
    logger.info("enqueued", job_id=job.job_id)
