"""Flask blueprint: instructors register their course model with ModelRed (generation 1)."""
import logging

from flask import Blueprint, current_app, jsonify, request
from modelred import AuthenticationError, ModelRed, ModelRedError, ValidationError

bp = Blueprint("model_registry", __name__, url_prefix="/instructor/models")
log = logging.getLogger("lms.models")


@bp.post("/openai")
async def register_openai():
    body = request.get_json(force=True)
    model_id = body["model_id"]
    openai_key = body["openai_api_key"]
    log.info("instructor %s registers %s", body.get("instructor_id"), model_id)
    async with ModelRed(api_key=current_app.config["MODELRED_API_KEY"]) as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=body.get("model", "gpt-4o"))
        except ValidationError as e:
            log.warning("validation failed for %s with key %s", model_id, openai_key)
            return jsonify(error=f"Invalid model settings: {e}"), 400
        except AuthenticationError:
            log.error("ModelRed rejected our platform key")
            return jsonify(error="Registration service unavailable"), 503
        except ModelRedError as e:
            log.exception("register failed: %s", type(e).__name__)
            return jsonify(error="Registration failed"), 502
    return jsonify(ok=True, model_id=model_id)


@bp.get("/config")
def show_config():
    cfg = current_app.config
    safe = {k: v for k, v in cfg.items() if "KEY" not in k and "SECRET" not in k}
    log.debug("effective config: %s", safe)
    return jsonify(
        modelred_key_set=bool(cfg.get("MODELRED_API_KEY")),
        max_tokens=cfg.get("LLM_MAX_TOKENS", 512),
    )


@bp.get("/debug")
def debug_dump():
    log.debug("app config: %s", dict(current_app.config))
    return jsonify(ok=True)
