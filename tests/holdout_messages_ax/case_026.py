"""Celery tasks: nightly red-team scans of every production LLM, results to Opsgenie."""
import logging
import os

import requests
from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimited, ServerError, Unauthorized

app = Celery("secops", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3"))
log = logging.getLogger("secops.tasks")

RETRYABLE = (RateLimited, ServerError)
OG_ALERTS = "https://api.opsgenie.com/v2/alerts"


def opsgenie_note(alias: str, note: str) -> None:
    r = requests.post(f"{OG_ALERTS}/{alias}/notes?identifierType=alias",
                      headers={"Authorization": f"GenieKey {os.environ['OPSGENIE_API_KEY']}"},
                      json={"note": note, "user": "secops-scanner"}, timeout=10)
    log.info("opsgenie note on %s -> %s", alias, r.status_code)


@app.task(bind=True, max_retries=5, default_retry_delay=120)
def scan_model(self, model_id: str, alias: str) -> str:
    key = os.environ["MODELRED_API_KEY"]
    log.info("scan %s (attempt %d)", model_id, self.request.retries + 1)
    try:
        with ModelRed(key, max_retries=0) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=["nightly-full"])
    except RETRYABLE as exc:
        log.warning("retryable ModelRed error for %s: %s", model_id, exc)
        raise self.retry(exc=exc)
    except Unauthorized:
        log.critical("ModelRed key rejected, key ends in %s", key[-4:])
        opsgenie_note(alias, "Nightly scan could not authenticate to ModelRed.")
        raise
    except ModelRedError as exc:
        opsgenie_note(alias, f"Nightly scan of {model_id} failed: {exc}")
        return "failed"
    return job["id"]


@app.task
def scan_all(models: list[str]) -> int:
    for m in models:
        scan_model.delay(m, alias=f"nightly-scan-{m}")
    log.info("queued %d nightly scans", len(models))
    return len(models)


@app.task
def check_worker_env() -> dict:
    key = os.environ.get("MODELRED_API_KEY", "")
    broker = app.conf.broker_url
    log.info("worker broker %s", broker.split("@")[-1])
    if not key.startswith("mr_"):
        log.error("worker has an invalid MODELRED_API_KEY: %s", key)
    return {"key_ok": key.startswith("mr_"), "broker_host": broker.split("@")[-1]}
