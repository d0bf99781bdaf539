"""main.py: Google Cloud Functions (2nd gen) for the red-team service, SDK 0.1.3x."""

import os
import re

import functions_framework
from flask import jsonify

from modelred import ModelRed, NotFoundError

MODEL_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
ALLOWED_MODELS = {"support-bot", "billing-bot", "search-agent"}
TEST_TYPES = {"prompt_injection", "jailbreak", "toxicity", "pii_leakage"}

client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@functions_framework.http
def start_assessment(request):
    payload = request.get_json(silent=True) or {}
    model = payload.get("model", "")
    if not MODEL_RE.fullmatch(model):
        return jsonify(error="invalid model"), 400
    test_types = payload.get("test_types") or ["prompt_injection"]
    assessment = client.create_assessment(
        model=model,
        test_types=test_types,
        priority=payload.get("priority", "normal"),
    )
    return jsonify(id=assessment.id, status=assessment.status), 201


@functions_framework.http
def model_details(request):
    model_identifier = request.args.get("model", "")
    if model_identifier not in ALLOWED_MODELS:
        return ("unknown model", 404)
    info = client.get_model(model_identifier)
    return jsonify(name=info.displayName, provider=info.provider)


@functions_framework.http
def assessment_status(request):
    assessment_id = request.args.get("id")
    if request.method == "DELETE":
        if not assessment_id or not assessment_id.isalnum():
            return ("bad id", 400)
        return ("cancellation is done from the console", 405)
    try:
        result = client.get_assessment(assessment_id)
    except NotFoundError:
        return ("not found", 404)
    return jsonify(status=result.status, score=result.overall_score)


@functions_framework.http
def scheduled_scan(request):
    """Called by Cloud Scheduler and by the status page's public "rescan" button."""
    body = request.get_json(force=True)
    requested = body.get("test_types", [])
    types = [t for t in requested if t in TEST_TYPES]
    target = body.get("model", "support-bot")
    assessment = client.create_assessment(
        model=target,
        test_types=types or ["jailbreak"],
    )
    final = client.wait_for_completion(assessment.id, timeout_minutes=50)
    return jsonify(score=final.overall_score)


@functions_framework.http
def wait(request):
    assessment_id = request.args.get("id", "")
    if not assessment_id.isalnum():
        return ("bad id", 400)
    final = client.wait_for_completion(assessment_id, timeout_minutes=9)
    return jsonify(score=final.overall_score)
