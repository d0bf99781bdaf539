"""Flask blueprint for the support-reply assistant, scanned with ModelRed 0.1.3x."""
import os

import requests
from flask import Blueprint, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from modelred import ModelRed, ModelRedError

assist_bp = Blueprint("assist", __name__, url_prefix="/assist")

LLM_URL = os.environ.get("LLM_GATEWAY_URL", "https://llm.internal/v1/chat/completions")


def _gateway_headers() -> dict:
    return {
        "Authorization": f"Bearer {os.environ['LLM_GATEWAY_KEY']}",
        "X-Team": "support",
    }


@assist_bp.post("/draft")
def draft_reply():
    ticket = request.get_json(force=True)
    headers = _gateway_headers()
    current_app.logger.info("calling gateway with headers %s", headers)
    current_app.logger.info("header names: %s", sorted(headers))
    resp = requests.post(
        LLM_URL,
        headers=headers,
        json={"model": "gpt-4o-mini", "max_tokens": 400, "messages": ticket["messages"]},
        timeout=30,
    )
    current_app.logger.info("gateway answered %s in %.2fs", resp.status_code, resp.elapsed.total_seconds())
    return jsonify(resp.json())


@assist_bp.post("/scan")
def scan_model():
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    assessment = client.create_assessment(model="support-drafter", test_types=["jailbreak"])
    return jsonify({"id": assessment["id"]}), 202


@assist_bp.errorhandler(ModelRedError)
def modelred_failed(err):
    current_app.logger.warning("ModelRed error on %s: %r", request.path, err)
    return jsonify({"error": "scan_failed", "detail": str(err)}), 502


@assist_bp.errorhandler(HTTPException)
def http_error(err):
    return jsonify({"error": err.name, "detail": err.description}), err.code
