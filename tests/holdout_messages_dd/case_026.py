"""App Store Server Notifications V2 receiver; re-checks entitlements and refreshes the model scan (gen 3)."""
import base64
import json
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, APIError, NotAllowedForApiKey, ServerError

app = Flask(__name__)
log = logging.getLogger("assn")

mr_client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0, max_retries=2)
RETRYABLE = (ServerError,)


def _payload(signed: str) -> dict:
    # signature verified upstream by the gateway (x5c chain); decode only
    body = signed.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


@app.post("/apple/notifications")
def notifications():
    data = _payload(request.json["signedPayload"])
    kind, sub = data["notificationType"], data.get("subtype")
    log.info("ASSN %s/%s uuid=%s bundle=%s", kind, sub, data["notificationUUID"], data["data"]["bundleId"])
    return jsonify(ok=True)


@app.post("/admin/rescan/<model_id>")
def rescan(model_id):
    try:
        a = mr_client.create_assessment(model_id=model_id, probe_pack_ids=["subscription-abuse"])
    except RETRYABLE as e:
        log.warning("modelred busy (%s)", e.status_code)
        return jsonify(error="try again"), 503
    except NotAllowedForApiKey as e:
        return jsonify(error="not allowed", detail=str(e)), 403
    except APIError as e:
        log.error("rescan failed: %r", e)
        return jsonify(error="rescan failed"), 502
    return jsonify(assessment=a["id"])


@app.get("/admin/assessments")
def assessments():
    items = mr_client.list_assessments(limit=20)
    return jsonify([{"id": a["id"], "status": a["status"]} for a in items])


@app.before_request
def require_admin():
    if request.path.startswith("/admin"):
        supplied = request.headers.get("X-Admin-Token", "")
        if supplied != os.environ["ADMIN_TOKEN"]:
            log.warning("admin token rejected: %s", supplied)
            return jsonify(error="forbidden"), 403
