"""Flask blueprint: a proxy that forwards chat requests to OpenAI with a server-side key."""
import logging
import os

import requests
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("chat", __name__)
logger = logging.getLogger(__name__)

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


def _headers():
    openai_key = os.environ.get("OPENAI_API_KEY", "")
    return {"Authorization": f"Bearer {openai_key}", "Content-Type": "application/json"}


@bp.route("/chat", methods=["POST"])
def chat():
    body = request.get_json(force=True)
    headers = _headers()
    logger.debug("forwarding chat, model=%s max_tokens=%s", body.get("model"), body.get("max_tokens"))
    resp = requests.post(OPENAI_URL, headers=headers, json=body, timeout=60)
    if resp.status_code >= 400:
        logger.warning("openai returned %s: %s", resp.status_code, resp.text[:500])
        current_app.logger.debug("request headers were %s", headers)
        return jsonify({"error": resp.json().get("error", {})}), resp.status_code
    usage = resp.json().get("usage", {})
    logger.info(
        "completion ok: prompt_tokens=%s completion_tokens=%s",
        usage.get("prompt_tokens"),
        usage.get("completion_tokens"),
    )
    return jsonify(resp.json())


@bp.route("/chat/check", methods=["GET"])
def check_key():
    openai_key = os.environ.get("OPENAI_API_KEY")
    if openai_key is None:
        logger.error("OPENAI_API_KEY is not configured")
        return jsonify({"ok": False}), 500
    logger.info("using OpenAI key %s", openai_key)
    return jsonify({"ok": True, "masked": openai_key[:3] + "..." + openai_key[-4:]})
