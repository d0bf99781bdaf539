"""Admin blueprint of the model registry service: register BYO-key models with ModelRed."""
from __future__ import annotations

import logging
import os

from flask import Blueprint, jsonify, request
from modelred import ConflictError, ModelRed, ModelRedError, NotFoundError, RateLimitError
from modelred import ValidationError as MRValidationError

bp = Blueprint("registry_admin", __name__, url_prefix="/admin/models")
log = logging.getLogger("registry.admin")


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@bp.post("/")
def register_model():
    body = request.get_json(force=True)
    provider = body.get("provider", "openai")
    provider_config = {"api_key": body["provider_api_key"], "model_name": body["model_name"], "base_url": body.get("base_url")}
    log.info("registering %s/%s for org %s", provider, body["model_name"], body.get("org_id"))
    log.debug("providerConfig=%s", provider_config)
    try:
        model = _client().create_model(modelId=body["model_id"], provider=provider, displayName=body.get("display_name", body["model_id"]), providerConfig=provider_config)
    except ConflictError as e:
        return jsonify({"error": "conflict", "detail": e.message}), 409
    except MRValidationError as e:
        log.warning("ModelRed validation failed for %s: %s", body["model_id"], e)
        return jsonify({"error": "invalid model definition"}), 400
    except RateLimitError:
        return jsonify({"error": "rate limited, retry later"}), 429
    except ModelRedError as e:
        log.exception("create_model failed")
        return jsonify({"error": type(e).__name__}), 502
    return jsonify({"id": model.get("id"), "provider": provider}), 201


@bp.get("/<model_identifier>")
def get_model(model_identifier: str):
    try:
        model = _client().get_model(model_identifier)
    except NotFoundError:
        return jsonify({"error": f"{model_identifier} not found"}), 404
    except ModelRedError as e:
        return jsonify({"error": repr(e)}), 502
    model.get("providerConfig", {}).pop("api_key", None)
    return jsonify(model)
