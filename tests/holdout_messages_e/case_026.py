"""Flask blueprint exposing scan status to the support portal."""
import logging
import traceback

from flask import Blueprint, current_app, jsonify
import modelred

bp = Blueprint("scans", __name__, url_prefix="/scans")
log = logging.getLogger(__name__)


def _client():
    return modelred.ModelRed(current_app.config["MODELRED_API_KEY"])


@bp.get("/<assessment_id>")
def show(assessment_id):
    try:
        with _client() as c:
            a = c.get_assessment(assessment_id)
    except modelred.NotFound:
        return jsonify(error="not found"), 404
    except modelred.APIError:
        log.error("get_assessment failed\n%s", traceback.format_exc())
        return jsonify(error="upstream error", trace=traceback.format_exc()), 502
    return jsonify(id=a["id"], status=a["status"])


@bp.delete("/<assessment_id>")
def cancel(assessment_id):
    try:
        with _client() as c:
            c.cancel_assessment(assessment_id)
    except modelred.Conflict as e:
        return jsonify(error=f"cannot cancel: {e}"), 409
    except modelred.ModelRedError as e:
        log.warning("cancel failed: %s", type(e).__name__)
        return jsonify(error="cancel failed"), 502
    return "", 204


@bp.get("/config")
def config():
    key = current_app.config.get("MODELRED_API_KEY", "")
    log.info("config requested; key id %s", current_app.config.get("MODELRED_KEY_ID"))
    return jsonify(configured=bool(key), key_hint=f"...{key[-4:]}")
