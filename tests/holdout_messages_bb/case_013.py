"""Benchling App: webhook receiver that drafts protocol summaries into a canvas."""
import logging
import os

from benchling_sdk.apps.helpers.webhook_helpers import verify
from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, Conflict

app = Flask(__name__)
log = logging.getLogger("benchling-app")

APP_DEFINITION_ID = os.environ["BENCHLING_APP_DEFINITION_ID"]
CLIENT_ID = os.environ["BENCHLING_CLIENT_ID"]
CLIENT_SECRET = os.environ["BENCHLING_CLIENT_SECRET"]


def startup_banner() -> None:
    log.info("app definition %s, client id %s", APP_DEFINITION_ID, CLIENT_ID)
    log.info("client secret configured (%d chars)", len(CLIENT_SECRET))
    if os.environ.get("BENCHLING_APP_DEBUG") == "1":
        log.debug("oauth client credentials: %s / %s", CLIENT_ID, CLIENT_SECRET)


@app.post("/webhooks/benchling")
def benchling_webhook():
    try:
        verify(APP_DEFINITION_ID, request.get_data(as_text=True), request.headers)
    except Exception as exc:
        log.warning("webhook signature check failed: %s", type(exc).__name__)
        return jsonify({"error": "invalid signature"}), 401
    payload = request.get_json()
    message = payload.get("message", {})
    log.info("event %s for canvas %s", message.get("type"), message.get("canvasId"))
    return jsonify({"ok": True})


@app.post("/admin/register-summariser")
def register_summariser():
    key = request.headers.get("X-ModelRed-Key", "")
    if not key:
        return jsonify({"error": "X-ModelRed-Key header required"}), 400
    try:
        with ModelRed(key) as mr:
            job = mr.create_assessment_by_id(model_id="protocol-summariser", probe_pack_ids=["pk-core", "pk-pii"])
        return jsonify({"assessment": job["id"]})
    except Conflict:
        return jsonify({"error": "assessment already running"}), 409
    except ModelRedError as exc:
        return jsonify({"error": f"ModelRed: {exc}"}), 502


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    startup_banner()
    app.run(port=int(os.environ.get("PORT", "8000")))
