"""Flask app: error handler for ModelRed failures (SDK 0.1.40)."""
import logging
import os

from flask import Flask, jsonify
from modelred import ModelRed, ModelRedError, NotAllowedForApiKey, Forbidden

app = Flask(__name__)
app.config["MODELRED_API_KEY"] = os.environ.get("MODELRED_API_KEY", "")
log = logging.getLogger("web")


@app.errorhandler(ModelRedError)
def on_modelred_error(err):
    log.error("ModelRed call failed: %s", err)
    return jsonify({"error": "upstream", "message": str(err)}), 502


@app.errorhandler(Forbidden)
def on_forbidden(err):
    log.warning("forbidden: status=%s", getattr(err, "status_code", None))
    return jsonify({"error": "forbidden"}), 403


@app.get("/models")
def models():
    key = app.config["MODELRED_API_KEY"]
    if not key:
        log.error("MODELRED_API_KEY missing, value=%r", key)
        return jsonify({"error": "not configured"}), 500
    with ModelRed(key) as client:
        return jsonify(client.list_models())


@app.delete("/assessments/<assessment_id>")
def cancel(assessment_id):
    key = app.config["MODELRED_API_KEY"]
    try:
        with ModelRed(key) as client:
            client.cancel_assessment(assessment_id)
    except NotAllowedForApiKey as err:
        log.warning("cancel not allowed for key %s...: %s", key[:6], err)
        return jsonify({"error": "not allowed for this key"}), 403
    return "", 204


@app.get("/debug/config")
def debug_config():
    if not app.debug:
        return jsonify({"error": "disabled"}), 404
    app.logger.info("config requested: %s", dict(app.config))
    return jsonify({"keys": sorted(app.config.keys())})
