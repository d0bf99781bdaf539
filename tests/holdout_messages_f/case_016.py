"""Flask blueprint around the generation-2 ModelRed client."""
import logging
import os

from flask import Blueprint, jsonify, request
from modelred import ModelRedClient, ModelRedError, RateLimitError, ServerError, NotFoundError

bp = Blueprint("redteam", __name__)
logger = logging.getLogger(__name__)

TRANSIENT = (RateLimitError, ServerError)


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@bp.post("/models")
def create_model():
    body = request.get_json()
    provider_key = os.environ["OPENROUTER_API_KEY"]
    try:
        model = _client().create_model(
            modelId=body["model_id"],
            provider="openrouter",
            displayName=body.get("name", body["model_id"]),
            providerConfig={"api_key": provider_key, "model_name": body["upstream"]},
        )
        return jsonify(model), 201
    except TRANSIENT as err:
        return jsonify({"error": "temporarily unavailable", "detail": f"{err}"}), 503
    except ModelRedError as err:
        logger.error("create_model failed: %r", err)
        return jsonify({"error": "could not create model"}), 400


@bp.get("/assessments/<assessment_id>")
def assessment(assessment_id: str):
    try:
        return jsonify(_client().get_assessment(assessment_id))
    except NotFoundError:
        return jsonify({"error": "not found"}), 404
    except ModelRedError as err:
        message = "assessment lookup failed: %s" % err
        return jsonify({"error": message}), 502


@bp.errorhandler(KeyError)
def missing_field(exc):
    return jsonify({"error": f"missing field {exc}"}), 400
