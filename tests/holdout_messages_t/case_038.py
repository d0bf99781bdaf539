"""Flask app for the red-team portal (generation 2 ModelRed)."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import (
    ModelRedClient,
    ModelRedError,
    NotFoundError,
    RateLimitError,
)

app = Flask(__name__)
log = logging.getLogger("portal")
mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.errorhandler(RateLimitError)
def on_rate_limit(e):
    log.warning("rate limited: %s", e)
    return jsonify({"error": "too many requests"}), 429


@app.errorhandler(ModelRedError)
def on_modelred(e):
    return jsonify({"error": f"ModelRed: {e}"}), 502


@app.get("/models/<model_identifier>")
def model(model_identifier):
    try:
        return jsonify(mr.get_model(model_identifier))
    except NotFoundError as e:
        return jsonify({"error": "unknown model", "kind": type(e).__name__}), 404


@app.post("/assessments")
def create():
    body = request.get_json(force=True)
    provider_key = request.headers.get("X-Provider-Key")
    if provider_key and not provider_key.startswith(("sk-", "sk-or-v1-", "xai-")):
        log.info("unusual provider key format from %s: %s", request.remote_addr, provider_key)
    job = mr.create_assessment(model=body["model"], test_types=body.get("test_types", ["jailbreak"]))
    return jsonify({"id": job["id"], "provider_key_set": provider_key is not None})


@app.get("/assessments/<assessment_id>/wait")
def wait(assessment_id):
    try:
        result = mr.wait_for_completion(assessment_id, timeout=30)
    except TimeoutError as e:
        return jsonify({"error": str(e)}), 504
    return jsonify({"status": result["status"]})
