"""Old Flask (0.12-era) blueprint: the "AI assistant" admin page of the intranet portal."""
import logging

from flask import Blueprint, current_app, jsonify, request

from modelred import ModelRed, ModelRedError, Unauthorized, ValidationFailed, LimitExceeded

bp = Blueprint("ai_admin", __name__, url_prefix="/admin/ai")
log = logging.getLogger("portal.ai_admin")


def _client():
    key = current_app.config["MODELRED_API_KEY"]
    return ModelRed(key, timeout=current_app.config.get("MODELRED_TIMEOUT", 20.0))


@bp.route("/config")
def show_config():
    cfg = current_app.config
    log.info("admin %s viewed AI config", request.remote_user)
    return jsonify({"timeout": cfg.get("MODELRED_TIMEOUT"), "key_set": bool(cfg.get("MODELRED_API_KEY")), "key_setting": "MODELRED_API_KEY"})


@bp.route("/scan", methods=["POST"])
def scan():
    data = request.get_json(force=True)
    model_id = data.get("model_id")
    packs = data.get("packs") or ["jailbreak-basic"]
    try:
        with _client() as c:
            a = c.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except Unauthorized as e:
        log.error("portal key refused by ModelRed: %s", e)
        return jsonify({"error": "ModelRed rejected the portal's key"}), 502
    except (ValidationFailed, LimitExceeded) as e:
        return jsonify({"error": "%s" % e}), 400
    except ModelRedError as e:
        log.exception("scan failed")
        return jsonify({"error": "scan failed", "kind": type(e).__name__}), 502
    return jsonify({"id": a["id"]}), 202


@bp.route("/rotate", methods=["POST"])
def rotate():
    new_key = request.form.get("new_key", "")
    if not new_key.startswith("mr_") or len(new_key) < 12:
        log.warning("admin %s submitted bad key %s", request.remote_user, new_key)
        return jsonify({"error": "that is not a ModelRed key"}), 400
    current_app.config["MODELRED_API_KEY"] = new_key
    log.info("admin %s rotated the ModelRed key (now ...%s)", request.remote_user, new_key[-4:])
    return jsonify({"ok": True})
