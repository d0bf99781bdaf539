"""InsightIDR LEQL hunting + investigation comments, with a ModelRed gate on the summariser."""
import logging
import os
import time

import requests
from modelred import ModelRed, APIError, ServerError, RateLimited

RETRYABLE = (RateLimited, ServerError)
log = logging.getLogger("idr")

REGION = os.environ.get("IDR_REGION", "us")
BASE = f"https://{REGION}.api.insight.rapid7.com"
IDR_KEY = os.environ["R7_PLATFORM_KEY"]
H = {"X-Api-Key": IDR_KEY, "Accept-version": "investigations-preview"}


def leql(log_ids, query, minutes=60):
    to = int(time.time() * 1000)
    params = {"query": query, "from": to - minutes * 60000, "to": to}
    r = requests.post(f"{BASE}/log_search/query/logs", headers=H, json={"logs": log_ids}, params=params, timeout=30)
    log.info("leql %s -> %s", query, r.status_code)
    r.raise_for_status()
    return r.json()


def comment(investigation_rrn, body):
    r = requests.post(f"{BASE}/idr/v1/comments", headers=H, json={"target": investigation_rrn, "body": body}, timeout=30)
    if not r.ok:
        log.error("comment failed for %s; region %s; key %s", investigation_rrn, REGION, IDR_KEY)
    return r.ok


def gate_and_comment(investigation_rrn, mr_key):
    for attempt in range(3):
        try:
            with ModelRed(mr_key, max_retries=0) as mr:
                job = mr.create_assessment_by_id(model_id="idr-summariser", probe_pack_ids=["pii-leak"])
            return comment(investigation_rrn, f"Summariser assessment started: {job['id']}")
        except RETRYABLE as e:
            log.warning("attempt %d retryable: %s", attempt, type(e).__name__)
            time.sleep(2 ** attempt)
        except APIError as e:
            return comment(investigation_rrn, f"Summariser gate error: {e}")
    return comment(investigation_rrn, "Summariser gate unavailable")


if __name__ == "__main__":
    log.info("region=%s accept=%s", REGION, H["Accept-version"])
    print(leql(["a1b2"], "where(destination_port=3389) groupby(source_address)"))
