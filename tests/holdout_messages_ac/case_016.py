"""Celery tasks that red-team newly routed models (ModelRed 0.1.40 via a star import)."""
import logging
import os

from celery import Celery
from modelred import *  # noqa: F401,F403
from starlette.responses import PlainTextResponse

app = Celery("gateway", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/2"))
task_log = logging.getLogger("gateway.tasks")

PACKS = ["jailbreak-basic", "pii-leak"]


def mr_client() -> "ModelRed":
    return ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1)  # noqa: F405


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def redteam_route(self, model_id: str) -> dict:
    try:
        with mr_client() as mr:
            a = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=PACKS)
    except RateLimited as exc:  # noqa: F405
        task_log.info("rate limited on %s, retry %d", model_id, self.request.retries)
        raise self.retry(exc=exc)
    except APIError as exc:  # noqa: F405
        task_log.error("red-team of %s failed: %s", model_id, exc)
        return {"model_id": model_id, "status": "failed", "error_type": type(exc).__name__}
    return {"model_id": model_id, "assessment_id": a["id"]}


def assessment_status(assessment_id: str) -> PlainTextResponse:
    try:
        with mr_client() as mr:
            a = mr.get_assessment(assessment_id)
    except NotFound:  # noqa: F405
        return PlainTextResponse("no such assessment", status_code=404)
    except APIError as e:  # noqa: F405
        return PlainTextResponse(repr(e), status_code=502)
    return PlainTextResponse(a.get("status", "unknown"))


@app.task
def rotate_probe_key(new_key: str) -> None:
    if len(new_key) < 12:
        raise ValueError(f"rotated ModelRed key too short: {new_key}")
    task_log.info("rotated ModelRed key to ...%s (%d chars)", new_key[-4:], len(new_key))
