"""Visual inspection station: red-team the vision model before a new recipe goes live."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import APIError, ModelRed, NotFound, RateLimited

app = Flask(__name__)
log = logging.getLogger("vision.qa")

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
VISION_PACKS = ["prompt-injection-images", "pii-leakage", "jailbreak-basic"]


def client():
    return ModelRed(MODELRED_KEY, timeout=30.0, max_retries=2)


@app.post("/recipes/<recipe_id>/redteam")
def start_redteam(recipe_id):
    body = request.get_json(force=True)
    model_id = body.get("model_id", "")
    if not model_id.replace("-", "").isalnum():
        return jsonify(error="bad model id"), 400
    try:
        with client() as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=VISION_PACKS, priority="high")
    except RateLimited as e:
        log.warning("rate limited for recipe %s: %s", recipe_id, e)
        return jsonify(error="busy, retry later", retry_after=getattr(e, "retry_after", 30)), 429
    except NotFound as e:
        return jsonify(error=f"model not registered: {e}"), 404
    except APIError as e:
        log.exception("ModelRed error for recipe %s", recipe_id)
        return jsonify(error="assessment failed", kind=type(e).__name__), 502
    log.info("recipe %s assessment %s started on %s", recipe_id, job["id"], model_id)
    return jsonify(assessment=job["id"]), 202


@app.get("/assessments/<assessment_id>")
def status(assessment_id):
    try:
        with client() as mr:
            a = mr.get_assessment(assessment_id)
    except APIError as e:
        return jsonify(status="unknown", detail=str(e)), 502
    return jsonify(status=a["status"], score=a.get("score"))


@app.get("/debug/env")
def debug_env():
    if request.headers.get("X-Station-Admin") != os.environ.get("STATION_ADMIN_TOKEN"):
        return jsonify(error="forbidden"), 403
    log.info("debug env requested, key suffix %s", MODELRED_KEY[-4:])
    print("MODELRED key in use:", MODELRED_KEY)
    return jsonify(packs=VISION_PACKS, key_set=bool(MODELRED_KEY))
