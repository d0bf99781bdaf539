import logging
import os

import requests
from rq import get_current_job

log = logging.getLogger("workers.scoring")
API_BASE = os.environ.get("SCORING_API_BASE", "https://scoring.internal.example")


def _headers(token):
    return {"Authorization": f"Bearer {token}", "Accept": "application/json"}


def score_batch(batch_id, token):
    job = get_current_job()
    headers = {"Authorization": f"Bearer {token}", "User-Agent": "scorer/1.4"}
    resp = requests.post(f"{API_BASE}/v1/batches/{batch_id}/score", headers=headers, timeout=30)
    if resp.status_code >= 400:
        log.error("scoring failed: %s %s", resp.status_code, resp.text[:200])
        raise RuntimeError(f"scoring API returned {resp.status_code}: {resp.text[:200]}")
    log.debug("request headers: %s", headers)
    data = resp.json()
    job.meta["scored"] = data["count"]
    job.save_meta()
    print(f"batch {batch_id}: scored {data['count']} items in {resp.elapsed.total_seconds():.1f}s")
    return data


def fetch_report(report_id, token):
    resp = requests.get(f"{API_BASE}/v1/reports/{report_id}", headers=_headers(token), timeout=30)
    resp.raise_for_status()
    log.info("fetched report %s with token %s", report_id, token)
    return resp.json()
