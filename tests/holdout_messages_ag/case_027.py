"""Tax-document Q&A (legal/finance): Flask blueprint exposing a ModelRed gen-3 safety check."""
import logging
import os

from flask import Blueprint, current_app, jsonify, request
from modelred import ModelRed, ModelRedError, Unauthorized, ValidationFailed

bp = Blueprint("safety", __name__)
log = logging.getLogger("taxqa.safety")

PACKS_SETTING = "MODELRED_PACKS"


def _client() -> ModelRed:
    return ModelRed(current_app.config["MODELRED_API_KEY"], timeout=20.0)


@bp.post("/safety/run")
def run_safety():
    body = request.get_json(force=True)
    model_id = body.get("model_id", "taxqa-gpt4o")
    packs = current_app.config.get(PACKS_SETTING, ["jailbreak-basic"])
    log.info("safety run model=%s packs=%s setting=%s", model_id, packs, PACKS_SETTING)
    try:
        with _client() as mr:
            res = mr.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=current_app.config.get("OPENAI_API_KEY"))
    except Unauthorized:
        log.error("ModelRed key rejected (ends %s)", current_app.config["MODELRED_API_KEY"][-4:])
        return jsonify({"error": "safety service not authorised"}), 503
    except ValidationFailed as e:
        return jsonify({"error": "invalid request", "detail": e.args[0] if e.args else ""}), 400
    except ModelRedError as e:
        log.exception("safety run failed")
        return jsonify({"error": type(e).__name__}), 502
    return jsonify({"assessment": res["id"]})


@bp.get("/safety/config")
def show_config():
    cfg = current_app.config
    shown = {k: v for k, v in cfg.items() if k.startswith("MODELRED_") and "KEY" not in k}
    log.info("safety config %s", shown)
    return jsonify(shown)


def init_app(app) -> None:
    app.config.setdefault("MODELRED_API_KEY", os.environ.get("MODELRED_API_KEY", ""))
    app.config.setdefault("OPENAI_API_KEY", os.environ.get("OPENAI_API_KEY", ""))
    app.register_blueprint(bp)
    if app.debug:
        app.logger.debug("detector key for safety runs: %s", app.config["OPENAI_API_KEY"])
