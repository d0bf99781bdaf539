"""Core-facility portal: PIs trigger a safety assessment of their lab's fine-tuned assistant."""
import logging
import os

from flask import Flask, jsonify, request, session
from modelred import *  # noqa: F401,F403  (ModelRed, ModelRedError, ... from the 0.1.x SDK)

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SESSION_KEY"]
log = logging.getLogger("facility-portal")

SUITES = ["basic_security", "prompt_injection", "data_leakage"]
log.info("session cookies signed with a %d-char key", len(app.secret_key))


def lab_openai_key(lab: str) -> str:
    key = os.environ.get(f"LAB_{lab.upper()}_OPENAI_KEY", "")
    log.info("lab %s uses env var LAB_%s_OPENAI_KEY (set=%s)", lab, lab.upper(), bool(key))
    return key


@app.post("/labs/<lab>/assistant/assess")
async def assess(lab: str):
    if "pi" not in session:
        return jsonify({"error": "login required"}), 401
    model_id = f"{lab}-assistant"
    try:
        async with ModelRed() as client:  # noqa: F405
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="high")
        return jsonify({"assessment_id": result.assessment_id})
    except AuthenticationError:  # noqa: F405
        log.error("facility ModelRed key rejected")
        return jsonify({"error": "scanner misconfigured"}), 500
    except ModelRedError as e:  # noqa: F405
        return jsonify({"error": f"assessment failed: {e}"}), 502


@app.post("/labs/<lab>/assistant/register")
async def register(lab: str):
    key = lab_openai_key(lab)
    model_id = f"{lab}-assistant"
    try:
        async with ModelRed() as client:  # noqa: F405
            await client.register_openai_model(model_id=model_id, api_key=key, model_name=request.json.get("model", "gpt-4o-mini"))
    except ModelRedError as e:  # noqa: F405
        log.error("register %s failed (%s), key was %s", model_id, type(e).__name__, key)
        return jsonify({"error": "registration failed"}), 502
    log.info("registered %s for %s by %s", model_id, lab, session.get("pi"))
    return jsonify({"model_id": model_id})
