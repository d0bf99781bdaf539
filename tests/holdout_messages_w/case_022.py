"""Agent onboarding API: registers a team's agent with ModelRed (generation 2) via Flask."""
from __future__ import annotations

import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ProviderConfig
from modelred import ConflictError, ModelRedError, RateLimitError, ValidationError as MRValidationError

app = Flask(__name__)
log = logging.getLogger("onboarding")
client = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))


@app.post("/agents")
def onboard_agent():
    body = request.get_json(force=True)
    anthropic_key = body.get("anthropic_api_key", "")
    model_id = body.get("model_id", "")
    log.info("onboarding %s for team %s", model_id, body.get("team"))
    if not anthropic_key:
        return jsonify(error="anthropic_api_key is required"), 400
    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name=body.get("model", "claude-3-5-sonnet-latest"), max_tokens=1024)
    try:
        model = client.create_model(modelId=model_id, provider="anthropic", displayName=body.get("name", model_id), providerConfig=cfg)
    except ConflictError as e:
        log.info("model %s exists: %s", model_id, e)
        return jsonify(error="an agent with this id is already registered"), 409
    except MRValidationError as e:
        log.warning("validation failed for %s with body %s", model_id, body)
        return jsonify(error=str(e)), 422
    except RateLimitError as e:
        return jsonify(error="busy", retry_after=getattr(e, "retry_after", 30)), 429
    return jsonify(id=model["id"], model_id=model_id), 201


@app.post("/agents/<model_id>/assess")
def assess(model_id: str):
    types = request.get_json(force=True).get("test_types", ["jailbreak"])
    try:
        job = client.create_assessment(model=model_id, test_types=types, priority="normal")
    except ModelRedError as e:
        log.exception("assessment start failed for %s", model_id)
        return jsonify(error=f"could not start assessment: {e}"), 502
    return jsonify(assessment_id=job["id"]), 202
