"""Celery tasks: nightly red-team scans of every field-service assistant."""
import logging
import os

from celery import Celery
from modelred import ModelRed, RateLimited, ServerError, Unauthorized, APIError

celery_app = Celery("redteam", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("redteam.tasks")

ASSISTANTS = ["dispatch-suggester", "hvac-manual-bot", "quote-assistant", "punchlist"]


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0, max_retries=0)


@celery_app.task(bind=True, max_retries=5)
def scan_assistant(self, model_id: str, packs: list[str]):
    try:
        with _client() as mr:
            run = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except (RateLimited, ServerError) as exc:
        raise self.retry(exc=exc, countdown=60)
    except Unauthorized:
        task_log.critical("ModelRed key rejected; key var MODELRED_API_KEY")
        raise
    except APIError as exc:
        task_log.error("scan %s failed: %s", model_id, exc)
        return {"model": model_id, "error": str(exc)}
    task_log.info("scan %s queued as %s", model_id, run["id"])
    return {"model": model_id, "assessment": run["id"]}


@celery_app.task
def nightly():
    for m in ASSISTANTS:
        scan_assistant.delay(m, ["jailbreak", "pii"])
    task_log.info("queued %d scans", len(ASSISTANTS))


@celery_app.task
def notify_teams(summary: str):
    import requests
    webhook = os.environ["TEAMS_WEBHOOK_URL"]
    r = requests.post(webhook, json={"text": summary}, timeout=20)
    task_log.info("teams notify -> %s", r.status_code)
    if r.status_code >= 400:
        task_log.error("teams notify failed: %s", r.text)


def broker_debug():
    pw = os.environ.get("REDIS_PASSWORD")
    task_log.debug("broker %s auth password %s", celery_app.conf.broker_url, pw)
