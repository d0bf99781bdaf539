"""Quart API of the digital-collections portal: curators trigger safety assessments (SDK 0.1.1x)."""
import logging
import os
import re

from quart import Quart, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError, NotFoundError, ServerError

app = Quart(__name__)
log = logging.getLogger("portal.assessments")

MODEL_ID_RE = re.compile(r"^[a-zA-Z0-9_-]{1,50}$")
SUITES = {"basic_security", "prompt_injection", "content_safety"}


def validate_model_id(model_id: str) -> str:
    if not MODEL_ID_RE.match(model_id or ""):
        raise ValidationError(f"Invalid model ID: {model_id}")
    return model_id


@app.post("/assessments")
async def start():
    body = await request.get_json()
    suites = [s for s in body.get("suites", []) if s in SUITES]
    try:
        model_id = validate_model_id(body.get("model_id", ""))
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, priority="normal")
    except ValidationError as e:
        return jsonify({"error": str(e)}), 400
    except NotFoundError as e:
        log.info("unknown model: %s", e)
        return jsonify({"error": "model not registered"}), 404
    except ModelRedError as e:
        log.error("ModelRed operation failed: %s", type(e).__name__)
        return jsonify({"error": "Assessment failed. Please try again."}), 502
    return jsonify({"assessment_id": result.assessment_id})


@app.get("/assessments/<assessment_id>")
async def status(assessment_id: str):
    try:
        async with ModelRed() as client:
            st = await client.get_assessment_status(assessment_id)
    except ServerError as e:
        return jsonify({"error": "ModelRed server error", "detail": f"{e}"}), 503
    return jsonify({"status": st.status, "progress": st.progress})


@app.before_serving
async def check_key():
    key = os.environ.get("MODELRED_API_KEY", "")
    log.info("portal starting; ModelRed key configured=%s prefix=%s", bool(key), key[:3])
    if key and len(key) < 12:
        log.error("MODELRED_API_KEY too short: %s", key)
