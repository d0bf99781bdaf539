"""Celery tasks for predictive maintenance: score vibration batches and notify planners."""
import logging
import os

import requests
from celery import Celery
from loguru import logger

from modelred import ModelRed, RateLimited, ServerError, APIError

celery_app = Celery("pdm", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
std_log = logging.getLogger("pdm.tasks")

RETRYABLE = (RateLimited, ServerError)
SCORER_URL = os.getenv("SCORER_URL", "http://scorer.plant.local/v1/score")


@celery_app.task(bind=True, max_retries=5)
def score_batch(self, asset_id, batch_path):
    scorer_token = os.environ["SCORER_TOKEN"]
    with open(batch_path, "rb") as fh:
        r = requests.post(SCORER_URL, files={"batch": fh}, data={"asset": asset_id},
                          headers={"Authorization": f"Token {scorer_token}"}, timeout=60)
    if r.status_code == 401:
        logger.error("scorer rejected token {} for asset {}", scorer_token, asset_id)
        return None
    r.raise_for_status()
    result = r.json()
    logger.info("asset {} health {:.2f} (HTTP {})", asset_id, result["health"], r.status_code)
    return result


@celery_app.task(bind=True, max_retries=3)
def vet_planner_model(self, model_id):
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        std_log.error("vetting %s failed: %s", model_id, exc)
        return {"model": model_id, "error": type(exc).__name__}
    return {"model": model_id, "assessment": job["id"]}


@celery_app.task
def notify_planner(asset_id, health, webhook_url=None):
    webhook_url = webhook_url or os.environ["PLANNER_WEBHOOK_URL"]
    r = requests.post(webhook_url, json={"text": f"{asset_id}: health {health:.2f}, plan inspection"}, timeout=10)
    logger.info("planner notified for {}: HTTP {}", asset_id, r.status_code)
    return r.status_code


@celery_app.on_after_configure.connect
def _startup(sender, **kwargs):
    logger.info("pdm tasks ready, broker {}", sender.conf.broker_url.split("@")[-1])
    if os.getenv("PDM_DEBUG"):
        logger.debug("scorer token in env: {}", os.environ.get("SCORER_TOKEN"))
