"""FOIA assistant admin: Flask blueprint that registers and audits models with ModelRed (gen 1)."""
import asyncio
import logging
import os

from flask import Blueprint, jsonify, request
from modelred import ModelRed, ModelRedError, ModelNotFoundError, ProviderConfig

bp = Blueprint("foia_admin", __name__, url_prefix="/admin/models")
log = logging.getLogger("foia.admin")


async def _register(model_id: str, openai_key: str):
    async with ModelRed() as client:
        return await client.register_model(model_id=model_id, provider="openai",
                                           provider_config=ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o"))


@bp.post("/<model_id>")
def register(model_id):
    openai_key = request.json.get("openai_api_key") or os.environ.get("OPENAI_API_KEY")
    log.info("register %s requested by %s (key supplied=%s)", model_id, request.remote_user, "openai_api_key" in request.json)
    try:
        asyncio.run(_register(model_id, openai_key))
    except ModelRedError as e:
        log.error("register %s failed: %s (key %s)", model_id, e, openai_key)
        return jsonify(ok=False, error="registration failed"), 502
    return jsonify(ok=True)


@bp.get("/<model_id>")
def show(model_id):
    async def _get():
        async with ModelRed() as client:
            return await client.get_model(model_id)
    try:
        return jsonify(asyncio.run(_get()))
    except ModelNotFoundError as e:
        return jsonify(ok=False, error=f"{e}"), 404
    except ModelRedError as e:
        log.warning("get_model %s: %r", model_id, e)
        return jsonify(ok=False, error=type(e).__name__), 502
