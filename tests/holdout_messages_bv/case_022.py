"""Google Sheets sidebar (Apps Script calls this Cloud Function) to queue scans."""
import logging
import os

import functions_framework
from google.cloud import secretmanager
from modelred import ModelRed, APIError, NotAllowedForApiKey, LimitExceeded

log = logging.getLogger("sheets_fn")
PROJECT = os.environ.get("GCP_PROJECT", "reports-prod")
SECRET_NAME = f"projects/{PROJECT}/secrets/modelred-api-key/versions/latest"


def modelred_key() -> str:
    sm = secretmanager.SecretManagerServiceClient()
    resp = sm.access_secret_version(name=SECRET_NAME)
    return resp.payload.data.decode("utf-8")


@functions_framework.http
def queue_scan(request):
    data = request.get_json(silent=True) or {}
    model_id = data.get("modelId", "")
    packs = data.get("packs") or ["pp_owasp_llm"]
    log.info("queue scan for %s packs=%s from %s", model_id, packs, SECRET_NAME)
    key = modelred_key()
    try:
        with ModelRed(key) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="high")
    except NotAllowedForApiKey as e:
        log.warning("key not allowed: %s", e)
        return {"ok": False, "error": "this key cannot queue scans"}, 403
    except LimitExceeded as e:
        return {"ok": False, "error": e.args[0] if e.args else "limit"}, 429
    except APIError as e:
        log.error("create_assessment failed status=%s", e.status_code)
        return {"ok": False, "error": "ModelRed unavailable"}, 502
    return {"ok": True, "assessmentId": a.get("id")}


@functions_framework.http
def whoami(request):
    key = modelred_key()
    log.debug("secret manager returned %s", key)
    return {"keyConfigured": bool(key), "keyHint": key[-4:]}
