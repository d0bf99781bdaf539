"""Google Cloud Function: Slack slash command that starts a ModelRed scan (generation 3)."""
import hashlib
import hmac
import logging
import os
import time

import functions_framework
from google.cloud import secretmanager
from modelred import ModelRed, APIError, ValidationFailed, Conflict

log = logging.getLogger("slack-scan")
_sm = secretmanager.SecretManagerServiceClient()
_PROJECT = os.environ["GOOGLE_CLOUD_PROJECT"]


def secret(name: str) -> str:
    return _sm.access_secret_version(name=f"projects/{_PROJECT}/secrets/{name}/versions/latest").payload.data.decode()


SLACK_SIGNING_SECRET = secret("slack-signing-secret")
mr = ModelRed(secret("modelred-api-key"), timeout=10.0)


def verified(request) -> bool:
    ts = request.headers.get("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        log.warning("stale Slack request, ts=%s", ts)
        return False
    base = f"v0:{ts}:{request.get_data(as_text=True)}".encode()
    expected = "v0=" + hmac.new(SLACK_SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    ok = hmac.compare_digest(expected, request.headers.get("X-Slack-Signature", ""))
    if not ok:
        log.warning("signature mismatch using signing secret %s", SLACK_SIGNING_SECRET)
    return ok


@functions_framework.http
def slash(request):
    if not verified(request):
        return ("invalid signature", 401)
    model_id = request.form.get("text", "").strip()
    user = request.form.get("user_name")
    log.info("scan requested by %s for %s", user, model_id)
    try:
        a = mr.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
    except ValidationFailed:
        return {"response_type": "ephemeral", "text": "Usage: /scan <model-id>"}
    except Conflict as e:
        log.info("scan already running: %s", e)
        return {"response_type": "ephemeral", "text": "A scan is already running for that model."}
    except APIError as e:
        return {"response_type": "ephemeral", "text": f"Scan failed: {e.message}"}
    return {"response_type": "in_channel", "text": f"Scan {a['id']} started for {model_id}"}
