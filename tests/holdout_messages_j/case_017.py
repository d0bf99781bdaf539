"""Flask blueprint for model registration (generation 2 SDK)."""
import logging
import os

from flask import Blueprint, jsonify, request

from modelred import ModelRed, ModelRedError, ProviderConfig

bp = Blueprint("models", __name__, url_prefix="/models")
log = logging.getLogger(__name__)


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@bp.post("/")
def register():
    body = request.get_json(force=True)
    openai_key = body.get("openai_api_key", "")
    if not openai_key:
        return jsonify(error="openai_api_key is required"), 400
    log.info("registering %s for team %s", body.get("model_id"), body.get("team"))
    try:
        model = _client().create_model(
            modelId=body["model_id"],
            provider="openai",
            displayName=body.get("display_name", body["model_id"]),
            providerConfig=ProviderConfig.openai(api_key=openai_key, model_name=body.get("model_name", "gpt-4o-mini")),
        )
    except ModelRedError as exc:
        log.error("create_model failed: %s", exc)
        return jsonify(error=f"registration failed: {exc}"), 502
    return jsonify(id=model["id"], provider="openai"), 201


@bp.post("/<model_id>/assess")
def assess(model_id: str):
    test_types = request.get_json(force=True).get("test_types", ["prompt_injection"])
    try:
        run = _client().create_assessment(model=model_id, test_types=test_types, priority="normal")
    except ModelRedError as exc:
        log.warning("create_assessment failed (%s)", type(exc).__name__)
        return jsonify(error="could not start the assessment", kind=type(exc).__name__), 502
    return jsonify(assessment=run["id"]), 202


@bp.errorhandler(KeyError)
def missing_field(exc: KeyError):
    return jsonify(error=f"missing field {exc}"), 400
