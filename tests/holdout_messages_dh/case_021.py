"""Small Flask dashboard for the ops team: recent ModelRed assessments + a key health check."""
import logging
import os

import requests
from flask import Flask, jsonify, render_template_string
from modelred import ModelRed, APIError, Unauthorized

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
TEMPLATE = "<h1>Assessments</h1><ul>{% for a in rows %}<li>{{a.id}} {{a.status}}</li>{% endfor %}</ul>"


@app.get("/")
def index():
    with ModelRed(MODELRED_KEY, timeout=10.0) as client:
        rows = client.list_assessments(limit=20)["data"]
    app.logger.info("rendering %d assessments", len(rows))
    return render_template_string(TEMPLATE, rows=rows)


@app.get("/health/keys")
def key_health():
    report = {}
    r = requests.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {OPENAI_KEY}"}, timeout=5)
    report["openai"] = r.status_code
    app.logger.info("openai /v1/models -> %s (%s)", r.status_code, r.headers.get("openai-organization"))
    try:
        with ModelRed(MODELRED_KEY) as client:
            client.list_models(limit=1)
        report["modelred"] = "ok"
    except Unauthorized:
        app.logger.error("ModelRed key rejected: %s", MODELRED_KEY)
        report["modelred"] = "unauthorized"
    except APIError as e:
        return jsonify({"openai": report["openai"], "modelred": f"error: {e}"}), 502
    return jsonify(report)


@app.get("/debug/env")
def debug_env():
    shown = {k: (v[:3] + "***" if v else "") for k, v in os.environ.items() if k.endswith("_API_KEY")}
    app.logger.info("debug env requested: %s", sorted(shown))
    return jsonify(shown)


@app.errorhandler(500)
def oops(err):
    app.logger.error("500 with keys openai=%s modelred=%s", bool(OPENAI_KEY), bool(MODELRED_KEY))
    return jsonify({"error": "internal"}), 500


if __name__ == "__main__":
    app.run(port=8502, debug=False)
