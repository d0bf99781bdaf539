"""Celery task emitting scan traces; failures are reported back to the requesting user via the API."""
import logging
import os

from celery import Celery
from modelred import ModelRed, APIError, RateLimited, ServerError, Unauthorized

celery_app = Celery("scans", broker=os.getenv("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("scans.tasks")
RETRYABLE = (RateLimited, ServerError)


def notify_user(user_id: str, text: str) -> None:
    """Stores a message that the dashboard shows to the user."""
    log.info("notify %s: %s", user_id, text[:80])


@celery_app.task(bind=True, max_retries=5)
def run_scan(self, user_id: str, model_id: str, packs: list[str]):
    key = os.environ["MODELRED_API_KEY"]
    log.debug("retryable errors: %s", [c.__name__ for c in RETRYABLE])
    log.info("task %s model=%s packs=%s", self.request.id, model_id, packs)
    try:
        with ModelRed(key) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RETRYABLE as exc:
        log.warning("retrying %s after %s", model_id, type(exc).__name__)
        raise self.retry(exc=exc, countdown=30)
    except Unauthorized:
        log.error("worker key rejected: %s", key)
        notify_user(user_id, "Scanning is temporarily unavailable.")
        return None
    except APIError as exc:
        notify_user(user_id, f"Your scan of {model_id} failed: {exc}")
        return None
    notify_user(user_id, f"Scan {job['id']} started")
    return job["id"]


@celery_app.task
def heartbeat():
    log.info("worker alive, broker=%s", celery_app.conf.broker_url)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run_scan.apply(args=("u1", "bot", ["quick-check"])).get())
