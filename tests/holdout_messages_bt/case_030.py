"""Generic outbound webhook client for our Zapier/Make 'scan finished' events (generation 3)."""
import json
import logging
import os

import requests
from modelred import ModelRed, ModelRedError, ServerError

log = logging.getLogger("events.out")

HOOK_URL = os.environ["SCAN_EVENTS_HOOK_URL"]
HOOK_TOKEN = os.environ["SCAN_EVENTS_HOOK_TOKEN"]
MR = ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0, max_retries=5)


def send(event: dict) -> None:
    headers = {"Authorization": f"Bearer {HOOK_TOKEN}", "Content-Type": "application/json"}
    r = requests.post(HOOK_URL, data=json.dumps(event), headers=headers, timeout=10)
    if not r.ok:
        raise RuntimeError(f"hook {r.status_code}: {r.text[:300]}")
    log.info("sent %s for %s", event["type"], event["assessment_id"])


def finished(assessment_id: str) -> dict:
    try:
        a = MR.get_assessment(assessment_id)
    except ServerError as e:
        log.warning("modelred 5xx for %s: %s", assessment_id, e)
        raise
    except ModelRedError as e:
        send({"type": "scan.failed", "assessment_id": assessment_id, "reason": type(e).__name__})
        return {"type": "scan.failed", "assessment_id": assessment_id, "reason": str(e)}
    event = {"type": "scan.finished", "assessment_id": assessment_id, "score": a.get("score"), "tokens": a.get("usage", {}).get("total_tokens")}
    send(event)
    return event


def ping() -> None:
    try:
        send({"type": "ping", "assessment_id": "-"})
    except RuntimeError as e:
        log.error("ping failed: %s", e)
        log.error("check SCAN_EVENTS_HOOK_TOKEN=%s", HOOK_TOKEN)


if __name__ == "__main__":
    import sys
    for aid in sys.argv[1:]:
        print(finished(aid)["type"])
