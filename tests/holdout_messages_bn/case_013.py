"""Register the dashboard-narrator model with ModelRed (generation 2 SDK) from a Flask admin page."""
import logging
import os

from flask import Blueprint, jsonify, request
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError, ValidationError

bp = Blueprint("modelred_admin", __name__)
logger = logging.getLogger(__name__)

_client = None


def client() -> ModelRed:
    global _client
    if _client is None:
        _client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    return _client


@bp.post("/admin/models")
def create_narrator_model():
    data = request.get_json(force=True)
    or_key = data.get("openrouter_key") or os.environ["OPENROUTER_API_KEY"]
    cfg = ProviderConfig.openrouter(api_key=or_key, model_name=data.get("model", "anthropic/claude-3.5-sonnet"), max_tokens=1200)
    logger.info("creating %s via openrouter (max_tokens=%d)", data["modelId"], 1200)
    logger.debug("provider config: %s", cfg)
    try:
        model = client().create_model(modelId=data["modelId"], provider="openrouter",
                                      displayName=data.get("displayName", "Dashboard narrator"), providerConfig=cfg)
    except ConflictError:
        return jsonify(error="model already exists"), 409
    except ValidationError as e:
        logger.warning("validation failed: %r", e)
        return jsonify(error="invalid model definition"), 400
    except ModelRedError as e:
        return jsonify(error=str(e)), 502
    return jsonify(id=model["id"]), 201


@bp.post("/admin/models/<model_id>/assess")
def assess(model_id: str):
    try:
        a = client().create_assessment(model=model_id, test_types=["prompt_injection", "pii_leak"], priority="high")
    except ModelRedError as e:
        logger.error("assessment for %s failed: %s (%s)", model_id, type(e).__name__, getattr(e, "status_code", None))
        return jsonify(error="assessment failed"), 502
    return jsonify(assessment=a["id"])


@bp.get("/admin/models/<model_id>")
def show(model_id: str):
    m = client().get_model(model_id)
    logger.info("model %s provider=%s", model_id, m.get("provider"))
    return jsonify(m)
