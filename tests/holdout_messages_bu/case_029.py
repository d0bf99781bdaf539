"""Celery tasks: VirusTotal file scans and ModelRed gen-3 checks of the triage model."""
import logging
import os

import requests
from celery import Celery
from modelred import ModelRed, APIError, RateLimited, ServerError

app = Celery("scanner", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
tlog = logging.getLogger("scanner.tasks")

RETRYABLE = (RateLimited, ServerError)


@app.task(bind=True, max_retries=5)
def vt_scan(self, sha256: str, vt_key: str):
    r = requests.get(f"https://www.virustotal.com/api/v3/files/{sha256}", headers={"x-apikey": vt_key}, timeout=30)
    if r.status_code == 429:
        raise self.retry(countdown=60)
    if r.status_code == 401:
        tlog.error("VT key %s rejected for %s", vt_key, sha256)
        return None
    return r.json()["data"]["attributes"]["last_analysis_stats"]


@app.task(bind=True, max_retries=3)
def triage_model_check(self, model_id: str):
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key) as mr:
            return mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["prompt-injection"])
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=30)
    except APIError as exc:
        tlog.error("triage check failed: %s", exc)
        return {"model_id": model_id, "error": str(exc)}


@app.task
def summary(results):
    bad = [r for r in results if r and r.get("malicious", 0) > 0]
    tlog.info("%d of %d samples malicious", len(bad), len(results))
    return len(bad)


def enqueue(hashes):
    vt_key = os.environ["VT_API_KEY"]
    tlog.info("enqueueing %d hashes (vt key ...%s)", len(hashes), vt_key[-4:])
    return [vt_scan.delay(h, vt_key) for h in hashes]
