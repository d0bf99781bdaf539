"""Send LLM-gateway audit events to Microsoft Sentinel (Log Analytics HTTP Data Collector API)."""
import base64
import datetime
import hashlib
import hmac
import json
import logging
import os

import requests

log = logging.getLogger("sentinel")

WORKSPACE_ID = os.environ["SENTINEL_WORKSPACE_ID"]
SHARED_KEY = os.environ["SENTINEL_SHARED_KEY"]
LOG_TYPE = "LLMGatewayAudit"


def _signature(date: str, length: int) -> str:
    string_to_hash = f"POST\n{length}\napplication/json\nx-ms-date:{date}\n/api/logs"
    decoded = base64.b64decode(SHARED_KEY)
    digest = hmac.new(decoded, string_to_hash.encode(), hashlib.sha256).digest()
    return f"SharedKey {WORKSPACE_ID}:{base64.b64encode(digest).decode()}"


def post_events(events: list[dict]) -> int:
    body = json.dumps(events)
    date = datetime.datetime.utcnow().strftime("%a, %d %b %Y %H:%M:%S GMT")
    headers = {
        "content-type": "application/json",
        "Authorization": _signature(date, len(body)),
        "Log-Type": LOG_TYPE,
        "x-ms-date": date,
    }
    url = f"https://{WORKSPACE_ID}.ods.opinsights.azure.com/api/logs?api-version=2016-04-01"
    r = requests.post(url, data=body, headers=headers, timeout=15)
    log.info("sentinel %s: %d events -> %s", LOG_TYPE, len(events), r.status_code)
    if r.status_code == 403:
        log.error("sentinel rejected the shared key for workspace %s: %s", WORKSPACE_ID, SHARED_KEY)
    return r.status_code


def check_config() -> None:
    try:
        base64.b64decode(SHARED_KEY, validate=True)
    except ValueError as exc:
        raise ValueError(f"SENTINEL_SHARED_KEY is not base64: {SHARED_KEY}") from exc
    log.info("sentinel workspace %s, key digest %s", WORKSPACE_ID, hashlib.sha256(SHARED_KEY.encode()).hexdigest()[:8])


def audit(user: str, model: str, prompt_tokens: int, completion_tokens: int) -> None:
    ev = {"user": user, "model": model, "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens}
    log.debug("audit event %s", ev)
    post_events([ev])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_config()
    audit("svc-chatbot", "gpt-4o", 812, 211)
