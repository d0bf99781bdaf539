"""Admin API for the invoice-chat assistant: register provider models with ModelRed (generation 2)."""
import logging

from flask import Blueprint, jsonify, request
from modelred import ModelRed, ModelRedError, ConflictError, ProviderConfig

bp = Blueprint("ai_admin", __name__, url_prefix="/admin/ai")
log = logging.getLogger("invoicechat.admin")


def _mr() -> ModelRed:
    return ModelRed(api_key=request.headers["X-ModelRed-Key"])


@bp.post("/models")
def register_model():
    body = request.get_json(force=True)
    provider = body["provider"]
    provider_key = body["api_key"]
    log.info("register %s via %s (model %s)", body["model_id"], provider, body.get("model"))
    if provider == "anthropic":
        cfg = ProviderConfig.anthropic(api_key=provider_key, model=body.get("model", "claude-3-5-sonnet-latest"))
    elif provider == "openrouter":
        cfg = ProviderConfig.openrouter(api_key=provider_key, model=body["model"])
    else:
        return jsonify(error=f"unsupported provider {provider}"), 400
    try:
        model = _mr().create_model(modelId=body["model_id"], provider=provider, displayName=body.get("name", body["model_id"]), providerConfig=cfg)
    except ConflictError:
        return jsonify(error="model id already registered"), 409
    except ModelRedError as exc:
        log.error("create_model failed for %s: %s", body["model_id"], exc)
        return jsonify(error="registration failed", detail=exc.args[0]), 502
    fields = sorted(k for k in body if k != "api_key")
    log.info("registered %s with fields %s", model["id"], fields)
    return jsonify(id=model["id"]), 201


@bp.get("/models/<model_id>")
def get_model(model_id: str):
    try:
        model = _mr().get_model(model_id)
    except ModelRedError as exc:
        log.warning("get_model %s failed: %s", model_id, type(exc).__name__)
        return jsonify(error="not available"), 502
    return jsonify(model)


@bp.errorhandler(KeyError)
def missing_field(err):
    log.warning("missing field %s, headers key=%s", err, request.headers.get("X-ModelRed-Key"))
    return jsonify(error=f"missing field {err}"), 400
