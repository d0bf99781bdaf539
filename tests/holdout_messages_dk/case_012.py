"""Admin endpoint that registers a gateway deployment with ModelRed (generation 2)."""
import logging

from flask import Blueprint, jsonify, request
from modelred import ModelRedClient, ProviderConfig, ModelRedError, ConflictError, ValidationError

from gateway.settings import settings

bp = Blueprint("modelred_admin", __name__)
log = logging.getLogger("gateway.modelred")


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=settings.modelred_api_key)


@bp.post("/admin/deployments/<name>/modelred")
def register_deployment(name: str):
    body = request.get_json(force=True)
    provider = body.get("provider", "openai")
    provider_key = body.get("api_key", "")
    if provider == "anthropic":
        cfg = ProviderConfig.anthropic(api_key=provider_key, model_name=body["model"])
    else:
        cfg = ProviderConfig.openai(api_key=provider_key, model_name=body["model"])
    log.info("registering %s with provider %s model %s", name, provider, body["model"])
    try:
        model = _client().create_model(modelId=f"gw-{name}", provider=provider, displayName=name, providerConfig=cfg)
    except ConflictError:
        return jsonify({"error": f"gw-{name} already registered"}), 409
    except ValidationError as e:
        log.warning("validation failed for %s: %s", name, e)
        return jsonify({"error": "invalid deployment"}), 400
    except ModelRedError as e:
        return jsonify({"error": str(e), "deployment": name}), 502
    return jsonify({"model_id": model.modelId if hasattr(model, "modelId") else f"gw-{name}"})


@bp.post("/admin/deployments/<name>/modelred/check")
def check_key(name: str):
    body = request.get_json(force=True)
    provider_key = body.get("api_key", "")
    if len(provider_key) < 20:
        raise ValueError(f"provider key for {name} looks truncated: {provider_key}")
    return jsonify({"deployment": name, "length_ok": True})
