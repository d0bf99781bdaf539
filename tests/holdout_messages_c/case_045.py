"""Flask blueprint: model registry views over the ModelRed SDK (0.1.40)."""
import logging

import modelred as mr
from flask import Blueprint, Response, abort, current_app, jsonify
from modelred import ModelRedError as SDKError

bp = Blueprint("registry", __name__)
logger = logging.getLogger(__name__)


def _client() -> mr.ModelRed:
    return mr.ModelRed(current_app.config["MODELRED_API_KEY"])


@bp.get("/models")
def list_models():
    try:
        return jsonify(_client().list_models())
    except mr.Unauthorized as err:
        logger.warning("registry auth failed: %s", err)
        return jsonify(ok=False, error=type(err).__name__), 502
    except mr.ModelRedError as err:
        return {"ok": False, "message": repr(err)}, 502


@bp.get("/assessments/<assessment_id>")
def assessment(assessment_id: str):
    try:
        data = _client().get_assessment(assessment_id)
    except SDKError as err:
        msg = str(err)
        logger.info("assessment %s lookup failed", assessment_id)
        return Response(msg, status=502, mimetype="text/plain")
    return jsonify(data)


@bp.post("/assessments/<assessment_id>/cancel")
def cancel(assessment_id: str):
    try:
        _client().cancel_assessment(assessment_id)
    except mr.Forbidden as err:
        abort(403, description=str(err))
    except mr.NotFound:
        abort(404)
    return "", 204
