"""Flask blueprint that proxies scan requests to ModelRed (generation 2 client)."""
import logging

from flask import Blueprint, Response, current_app, jsonify, request
from modelred import ModelRedClient, ModelRedError
from modelred import ValidationError as MRValidationError

bp = Blueprint("scans", __name__)
logger = logging.getLogger(__name__)


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=current_app.config["MODELRED_API_KEY"])


@bp.errorhandler(ModelRedError)
def on_modelred_error(err):
    logger.exception("ModelRed call failed")
    return jsonify(error="scan backend error", detail=str(err)), 502


@bp.post("/scans")
def start():
    payload = request.get_json(force=True)
    try:
        a = _client().create_assessment(model=payload["model"], test_types=["prompt_injection"])
    except MRValidationError as exc:
        return Response(f"invalid request: {exc}", status=400)
    except KeyError as exc:
        return jsonify(error=f"missing field {exc}"), 400
    return jsonify(id=a.id), 201


@bp.get("/scans/<scan_id>")
def status(scan_id: str):
    try:
        a = _client().get_assessment(scan_id)
    except ModelRedError as exc:
        current_app.logger.warning("status failed: %s", exc)
        return jsonify(error="not available"), 502
    return jsonify(id=a.id, status=a.status)
