"""Flask blueprint: firm admins manage the ModelRed key used for vendor-AI due diligence."""
import logging

from flask import Blueprint, current_app, jsonify, request
from modelred import ModelRed, Unauthorized, APIError

bp = Blueprint("ai_diligence", __name__, url_prefix="/admin/ai-diligence")
audit = logging.getLogger("audit.ai_diligence")

SETTING_NAME = "modelred.api_key"


@bp.post("/key")
def set_key():
    body = request.get_json(force=True)
    new_key = (body or {}).get("api_key", "")
    admin = request.headers.get("X-Admin-User", "unknown")
    if not new_key:
        audit.warning("%s submitted an empty key (%r)", admin, new_key)
        return jsonify({"error": "api_key required"}), 400
    try:
        with ModelRed(new_key, timeout=10.0) as client:
            client.list_models(limit=1)
    except Unauthorized:
        audit.warning("%s submitted a key ModelRed rejected: %s", admin, new_key)
        return jsonify({"error": "ModelRed rejected this key"}), 400
    except APIError as e:
        return jsonify({"error": f"could not verify key: {e}"}), 502
    current_app.config[SETTING_NAME] = new_key
    audit.info("%s set %s (ends %s)", admin, SETTING_NAME, new_key[-4:])
    return jsonify({"ok": True})


@bp.get("/vendors/<model_id>/report")
def vendor_report(model_id: str):
    key = current_app.config.get(SETTING_NAME)
    if key is None:
        return jsonify({"error": f"{SETTING_NAME} not set"}), 409
    try:
        with ModelRed(key) as client:
            items = client.list_assessments(model_id=model_id, limit=5)
    except APIError as e:
        audit.error("report for %s failed: status %s", model_id, e.status_code)
        return jsonify({"error": "report unavailable"}), 502
    return jsonify({"model": model_id, "assessments": items})


@bp.get("/key/status")
def key_status():
    key = current_app.config.get(SETTING_NAME) or ""
    return jsonify({"configured": bool(key), "prefix_ok": key.startswith("mr_")})
