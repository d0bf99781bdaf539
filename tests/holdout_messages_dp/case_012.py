"""Flask error handlers around the ModelRed dashboard API (generation 3)."""
import logging
import os

from flask import Flask, jsonify, request
import sentry_sdk
from sentry_sdk.integrations.flask import FlaskIntegration
from modelred import ModelRed, APIError, NotFound, Forbidden, ValidationFailed

sentry_sdk.init(dsn=os.getenv("SENTRY_DSN"), integrations=[FlaskIntegration()], traces_sample_rate=0.2)
app = Flask(__name__)
app_log = logging.getLogger("dashboard")


def client_for_request() -> ModelRed:
    key = request.headers.get("X-ModelRed-Key", "")
    app_log.info("dashboard call from %s with key %s", request.remote_addr, key)
    sentry_sdk.set_user({"ip_address": request.remote_addr})
    return ModelRed(key, timeout=15.0)


@app.errorhandler(NotFound)
def not_found(exc):
    return jsonify({"error": "not found"}), 404


@app.errorhandler(Forbidden)
def forbidden(exc):
    app_log.warning("forbidden: %s", exc)
    return jsonify({"error": "forbidden"}), 403


@app.errorhandler(APIError)
def api_error(exc):
    sentry_sdk.capture_exception(exc)
    return jsonify({"error": str(exc)}), 502


@app.get("/assessments/<assessment_id>")
def get_assessment(assessment_id: str):
    with client_for_request() as client:
        return jsonify(client.get_assessment(assessment_id))


@app.get("/models")
def list_models():
    with client_for_request() as client:
        try:
            models = client.list_models()
        except ValidationFailed as exc:
            return jsonify({"error": "bad query", "kind": type(exc).__name__}), 400
        return jsonify(models)


if __name__ == "__main__":
    app.run(port=5050)
