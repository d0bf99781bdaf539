"""Celery worker: nightly red-team runs of every text-to-SQL model (ModelRed generation 3)."""
import logging
import os

from celery import Celery
from modelred import AsyncModelRed, ModelRed, APIError, RateLimited, ServerError, Forbidden, LimitExceeded

celery_app = Celery("redteam", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/3"))
log = logging.getLogger("redteam.worker")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["owasp-llm-top10", "sql-injection", "schema-leak"]


def assessment_kwargs(model_id: str, detector_key: str | None) -> dict:
    kw = {"model_id": model_id, "probe_pack_ids": PACKS, "priority": "low"}
    if detector_key:
        kw["detector_api_key"] = detector_key
    return kw


@celery_app.task(bind=True, max_retries=5, default_retry_delay=120)
def run_redteam(self, model_id: str) -> dict:
    mr_key = os.environ["MODELRED_API_KEY"]
    kwargs = assessment_kwargs(model_id, os.environ.get("OPENAI_API_KEY"))
    log.info("starting run for %s packs=%s priority=%s", model_id, kwargs["probe_pack_ids"], kwargs["priority"])
    log.debug("create_assessment kwargs: %s", kwargs)
    try:
        with ModelRed(mr_key, timeout=60.0, max_retries=2) as client:
            a = client.create_assessment(**kwargs)
    except RETRYABLE as exc:
        log.warning("retryable %s for %s", type(exc).__name__, model_id)
        raise self.retry(exc=exc)
    except (Forbidden, LimitExceeded) as exc:
        log.error("not allowed for %s: %s", model_id, exc)
        return {"model_id": model_id, "status": "skipped"}
    except APIError as exc:
        return {"model_id": model_id, "status": "failed", "error": str(exc)}
    return {"model_id": model_id, "status": "queued", "assessment_id": a["id"]}


async def list_targets(key: str) -> list[str]:
    async with AsyncModelRed(key) as client:
        models = await client.list_models(search="sqlgen")
    log.info("found %d sqlgen models", len(models))
    return [m["id"] for m in models]


@celery_app.task
def schedule_all() -> int:
    import asyncio

    key = os.environ["MODELRED_API_KEY"]
    if not key.startswith("mr_"):
        log.error("MODELRED_API_KEY looks wrong: %s", key)
        return 0
    ids = asyncio.run(list_targets(key))
    for mid in ids:
        run_redteam.delay(mid)
    return len(ids)
