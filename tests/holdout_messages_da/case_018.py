"""Celery tasks: nightly ModelRed scans of the NPC and support-bot models (generation 2)."""
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError

celery = Celery("liveops", broker=os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/5"))
log = logging.getLogger("liveops.tasks")

MODELS = ["npc-dialogue-tavern", "support-reply-bot", "guild-name-filter"]
TEST_TYPES = ["prompt_injection", "toxicity", "pii_leakage"]


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@celery.task(bind=True, max_retries=5, default_retry_delay=120)
def scan_model(self, model: str) -> dict:
    client = _client()
    try:
        job = client.create_assessment(model=model, test_types=TEST_TYPES, priority="low")
        done = client.wait_for_completion(job["id"], timeout=1800)
    except RateLimitError as exc:
        log.info("rate limited on %s, retrying", model)
        raise self.retry(exc=exc)
    except NotFoundError:
        log.warning("model %s is not registered", model)
        return {"model": model, "ok": False, "detail": "not registered"}
    except ModelRedError as exc:
        log.error("scan of %s failed: %s", model, exc)
        return {"model": model, "ok": False, "detail": str(exc)}
    score = done.get("overall_score")
    log.info("model %s scored %s (assessment %s)", model, score, job["id"])
    return {"model": model, "ok": True, "score": score}


@celery.task
def nightly() -> None:
    for m in MODELS:
        scan_model.delay(m)


@celery.task
def rotate_check() -> None:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        log.error("MODELRED_API_KEY has the wrong prefix: %s", key)
        return
    client = _client()
    probes = client.list_probes()
    log.info("key ok (...%s), %d probes visible", key[-4:], len(probes))
