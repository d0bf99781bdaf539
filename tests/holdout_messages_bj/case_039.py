"""worker.py - RQ/Celery-ish background worker for my 'scan-my-bot' weekend project."""
import logging
import os

from celery import Celery
from modelred import ModelRed, APIError, RateLimited, ServerError, Unauthorized

log = logging.getLogger("scanworker")
celery_app = Celery("scan", broker=os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
RETRY_ON = (RateLimited, ServerError)


@celery_app.task(bind=True, max_retries=5)
def scan_task(self, user_id, model_id, user_api_key):
    if not user_api_key.startswith("mr_"):
        raise ValueError(f"user {user_id} gave a bad key: {user_api_key}")
    try:
        with ModelRed(user_api_key, max_retries=0) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
    except RETRY_ON as exc:
        log.info("retrying scan for user %s: %s", user_id, type(exc).__name__)
        raise self.retry(exc=exc, countdown=30)
    except Unauthorized as exc:
        raise PermissionError(f"ModelRed refused the key of user {user_id}: {exc}") from exc
    except APIError as exc:
        log.error("scan for %s failed: status=%s", user_id, exc.status_code)
        return {"ok": False, "user": user_id}
    log.info("user=%s model=%s job=%s key_len=%d", user_id, model_id, job["id"], len(user_api_key))
    return {"ok": True, "job": job["id"]}


@celery_app.task
def cleanup(max_age_days=30):
    log.info("cleanup older than %d days", max_age_days)
    return 0


@celery_app.task
def notify(user_id, webhook_url, job_id):
    import requests
    r = requests.post(webhook_url, json={"job": job_id}, timeout=10)
    log.info("notified %s: HTTP %s", user_id, r.status_code)
    return r.status_code


def enqueue(user_id, model_id, user_api_key):
    log.debug("enqueue user=%s model=%s key=%s", user_id, model_id, user_api_key)
    return scan_task.delay(user_id, model_id, user_api_key)
