"""Flask blueprint for the hotel concierge chat and its safety scan trigger."""
import logging
import os

from flask import Blueprint, current_app, jsonify, request
from anthropic import Anthropic, APIStatusError
from modelred import ModelRed, APIError, NotFound

bp = Blueprint("concierge", __name__, url_prefix="/concierge")
log = logging.getLogger("concierge")


def _anthropic():
    key = current_app.config.get("ANTHROPIC_API_KEY") or os.environ["ANTHROPIC_API_KEY"]
    return Anthropic(api_key=key), key


@bp.post("/ask")
def ask():
    question = (request.get_json(silent=True) or {}).get("question", "")
    client, key = _anthropic()
    try:
        msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400, messages=[{"role": "user", "content": question}])
    except APIStatusError as exc:
        log.error("anthropic %s: %s", exc.status_code, exc.message)
        current_app.logger.error("anthropic call failed with key %s", key)
        return jsonify(error="concierge unavailable"), 503
    log.info("answered in %d output tokens", msg.usage.output_tokens)
    return jsonify(answer=msg.content[0].text)


@bp.post("/scan")
def scan():
    model_id = request.args.get("model", "concierge-haiku")
    mr_key = current_app.config["MODELRED_API_KEY"]
    try:
        with ModelRed(mr_key) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["hospitality-pii"])
    except NotFound:
        return jsonify(error=f"model {model_id} not registered"), 404
    except APIError as exc:
        log.exception("modelred scan failed")
        return jsonify(error=str(exc)), 502
    return jsonify(assessment=a["id"])


@bp.get("/config")
def config_view():
    cfg = {k: v for k, v in current_app.config.items() if k.endswith("_URL") or k == "CONCIERGE_MODEL"}
    log.debug("config view %s", cfg)
    return jsonify(cfg)
