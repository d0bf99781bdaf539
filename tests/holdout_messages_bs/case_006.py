"""Flask blueprint exposing caption-model safety scans (ModelRed generation 2)."""
import logging
import os

from flask import Blueprint, jsonify, request
from modelred import ModelRed, ProviderConfig, ModelRedError, RateLimitError, ValidationError

bp = Blueprint("captions_scan", __name__)
log = logging.getLogger(__name__)

OPENAI_KEY = os.environ.get("OPENAI_API_KEY")
CAPTION_MODEL = "gpt-4o-mini"


def client():
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@bp.post("/captions/models")
def register_caption_model():
    body = request.get_json(force=True)
    cfg = ProviderConfig.openai(api_key=OPENAI_KEY, model_name=CAPTION_MODEL, max_tokens=body.get("max_tokens", 256))
    log.info("registering %s with max_tokens=%s", body["modelId"], body.get("max_tokens", 256))
    log.debug("provider config %s", cfg)
    try:
        model = client().create_model(modelId=body["modelId"], provider="openai", displayName=body.get("name", body["modelId"]), providerConfig=cfg)
    except ValidationError as e:
        return jsonify(error=str(e)), 400
    except ModelRedError as e:
        log.exception("create_model failed")
        return jsonify(error="could not register model"), 502
    return jsonify(model), 201


@bp.post("/captions/scan")
def scan_caption_model():
    body = request.get_json(force=True)
    try:
        job = client().create_assessment(model=body["model"], test_types=body.get("tests", ["prompt_injection"]), priority="normal")
    except RateLimitError as e:
        return jsonify(error="rate limited", kind=type(e).__name__), 429
    except ModelRedError as e:
        return jsonify(error=f"scan failed: {e}"), 502
    return jsonify(job), 202


@bp.get("/captions/health")
def health():
    return jsonify(openai_configured=OPENAI_KEY is not None, model=CAPTION_MODEL)
