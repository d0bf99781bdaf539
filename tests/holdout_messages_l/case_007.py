"""Flask blueprint wrapping the ModelRed 0.1.3x client."""
import logging
import os

from flask import Blueprint, current_app, jsonify, request
from modelred import ModelRedClient, ModelRedError, ProviderConfig

bp = Blueprint("models", __name__)
logger = logging.getLogger(__name__)


def _client():
    return ModelRedClient(api_key=current_app.config["MODELRED_API_KEY"])


@bp.post("/models")
def register():
    payload = request.get_json(force=True)
    provider_key = payload.get("provider_api_key")
    model_id = payload["model_id"]
    logger.info("registering %s (provider key present: %s)", model_id, provider_key is not None)
    config = ProviderConfig.openai(api_key=provider_key, model_name=payload.get("model", "gpt-4o"))
    try:
        created = _client().create_model(
            modelId=model_id, provider="openai", displayName=model_id, providerConfig=config
        )
    except ModelRedError as exc:
        logger.warning("create_model failed for %s: %r", model_id, exc)
        return jsonify({"error": "registration failed", "detail": exc.args[0]}), 502
    return jsonify({"id": created.get("id")}), 201


@bp.post("/models/test-key")
def test_key():
    provider_key = request.form["provider_api_key"]
    if not provider_key.startswith("sk-"):
        logger.warning("rejected provider key %s from %s", provider_key, request.remote_addr)
        return jsonify({"error": "key must start with sk-"}), 400
    return jsonify({"ok": True, "fingerprint": hash(provider_key) & 0xFFFF})


@bp.get("/models/<model_id>")
def get_model(model_id):
    try:
        return jsonify(_client().get_model(model_id))
    except ModelRedError as exc:
        logger.error("get_model(%s) failed: %s", model_id, type(exc).__name__)
        return jsonify({"error": type(exc).__name__}), 502
