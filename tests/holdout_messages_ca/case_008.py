"""Flask blueprint for the patient-portal symptom checker chat."""
import logging
import os

from flask import Blueprint, jsonify, request, current_app
from openai import OpenAI, APIStatusError
from modelred import ModelRed, ModelRedError, NotAllowedForApiKey

bp = Blueprint("symptoms", __name__, url_prefix="/api/symptoms")
log = logging.getLogger("portal.symptoms")


def _openai():
    return OpenAI(api_key=current_app.config["OPENAI_API_KEY"])


@bp.post("/ask")
def ask():
    payload = request.get_json(force=True)
    session_token = request.headers.get("X-Portal-Session", "")
    if not session_token:
        log.info("no portal session, got %r", session_token)
        return jsonify(error="login required"), 401
    try:
        out = _openai().chat.completions.create(
            model="gpt-4o-mini", max_tokens=300,
            messages=[{"role": "system", "content": "You are a triage assistant. Never diagnose."},
                      {"role": "user", "content": payload["question"]}])
    except APIStatusError as e:
        log.error("openai error %s for session %s", e.status_code, session_token)
        return jsonify(error="assistant unavailable"), 503
    return jsonify(answer=out.choices[0].message.content)


@bp.get("/safety-report")
def safety_report():
    key = current_app.config["MODELRED_API_KEY"]
    try:
        with ModelRed(key) as mr:
            runs = mr.list_assessments()
    except NotAllowedForApiKey as e:
        log.warning("key not allowed: %s", e)
        return jsonify(error="not permitted"), 403
    except ModelRedError as e:
        return jsonify(error=f"ModelRed: {e}"), 502
    return jsonify(runs=runs)


@bp.get("/config")
def config_dump():
    cfg = current_app.config
    log.debug("symptom checker config keys: %s", sorted(k for k in cfg if k.isupper()))
    return jsonify(model="gpt-4o-mini", max_tokens=300)
