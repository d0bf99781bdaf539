"""Celery tasks: fan out FCM pushes when a red-team assessment finishes."""
import logging
import os

from celery import Celery
from firebase_admin import messaging
from modelred import ModelRed, RateLimited, ServerError, APIError

celery_app = Celery("push", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
tlog = logging.getLogger("tasks.push")

RETRYABLE = (RateLimited, ServerError)
MR_KEY = os.environ["MODELRED_API_KEY"]


@celery_app.task(bind=True, max_retries=5)
def poll_and_push(self, assessment_id: str, fcm_tokens: list[str]):
    try:
        with ModelRed(MR_KEY) as client:
            a = client.get_assessment(assessment_id)
    except RETRYABLE as exc:
        tlog.warning("transient %s, retrying", type(exc).__name__)
        raise self.retry(exc=exc, countdown=30)
    except APIError as exc:
        tlog.error("giving up on %s: %s", assessment_id, exc)
        return {"status": "error", "reason": "lookup failed"}
    if a.get("status") != "COMPLETED":
        raise self.retry(countdown=60)
    message = messaging.MulticastMessage(
        tokens=fcm_tokens,
        data={"assessment": assessment_id, "score": str(a.get("score", ""))},
        notification=messaging.Notification(title="Scan finished", body=a.get("name", "")),
    )
    batch = messaging.send_each_for_multicast(message)
    tlog.info("push ok=%d failed=%d", batch.success_count, batch.failure_count)
    for token, r in zip(fcm_tokens, batch.responses):
        if not r.success:
            tlog.info("push failed: %s", r.exception)
    return {"status": "sent", "ok": batch.success_count}


@celery_app.task
def check_key():
    with ModelRed(MR_KEY) as client:
        try:
            client.list_models(limit=1)
        except APIError as exc:
            return {"ok": False, "error": f"{exc}"}
    tlog.info("key ok, fingerprint %s", MR_KEY[:3])
    return {"ok": True}


@celery_app.task
def debug_task():
    tlog.debug("broker %s, key %s", celery_app.conf.broker_url, MR_KEY)
