"""Celery tasks whose LLM clients are built once per worker by a memoised getter."""
import functools
import logging
import os

from celery import Celery
from celery.utils.log import get_task_logger
from modelred import ModelRed, RateLimited, APIError

app = Celery("scans", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
task_log = get_task_logger(__name__)
log = logging.getLogger("scans.worker")


@functools.lru_cache(maxsize=1)
def modelred():
    key = os.environ["MODELRED_API_KEY"]
    task_log.info("worker client built (key length %d)", len(key))
    return ModelRed(key, timeout=30.0)


@app.task(bind=True, max_retries=5)
def start_scan(self, model_id, packs, detector_key=None):
    kwargs = {"model_id": model_id, "probe_pack_ids": packs}
    if detector_key:
        kwargs["detector_api_key"] = detector_key
    task_log.info("start_scan %s packs=%s", model_id, packs)
    try:
        return modelred().create_assessment(**kwargs)
    except RateLimited as exc:
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        task_log.error("start_scan failed with kwargs %s", kwargs)
        return {"error": str(exc)}


@app.task
def poll(assessment_id):
    a = modelred().get_assessment(assessment_id)
    log.info("%s is %s", assessment_id, a["status"])
    return a["status"]


@app.task
def rotate_detector_key(new_key):
    if len(new_key) < 20:
        raise ValueError("detector key too short: %s" % new_key)
    os.environ["DETECTOR_API_KEY"] = new_key
    log.info("DETECTOR_API_KEY updated (%d chars)", len(new_key))
    log.info("detector key rotated")
