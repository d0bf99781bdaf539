# worker/tasks.py
import os

import requests
from celery import Celery
from celery.utils.log import get_task_logger
from modelred import ModelRed, RateLimited, ServerError

app = Celery("worker", broker=os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/0"))
logger = get_task_logger(__name__)

RETRYABLE = (RateLimited, ServerError)
HOOK_URL = os.environ.get("RESULTS_WEBHOOK_URL", "https://hooks.example.internal/scan-results")


def _headers() -> dict:
    return {
        "Authorization": f"Bearer {os.environ['WEBHOOK_TOKEN']}",
        "Content-Type": "application/json",
    }


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def run_scan(self, model_id: str, packs: list[str]):
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    try:
        res = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RETRYABLE as exc:
        logger.warning("scan for %s hit %s, retry %d", model_id, type(exc).__name__, self.request.retries)
        raise self.retry(exc=exc)
    logger.info("scan %s queued for %s", res["id"], model_id)
    notify.delay(res["id"])
    return res["id"]


@app.task(bind=True, max_retries=3)
def notify(self, assessment_id: str):
    headers = _headers()
    try:
        r = requests.post(HOOK_URL, json={"assessment_id": assessment_id}, headers=headers, timeout=10)
    except requests.ConnectionError as exc:
        logger.error("webhook %s unreachable (%s); headers were %s", HOOK_URL, exc, headers)
        raise self.retry(exc=exc)
    if r.status_code >= 500:
        logger.warning("webhook 5xx: %s %s", r.status_code, r.text[:200])
        raise self.retry(countdown=60)
    if r.status_code in (401, 403):
        token = os.environ["WEBHOOK_TOKEN"]
        logger.error("webhook refused token %s...%s", token[:4], token[-4:])
        logger.error("webhook refused token %s", token)
        return False
    return True
