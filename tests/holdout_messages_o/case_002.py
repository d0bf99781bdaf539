"""app.py - red team dashboard backend (Flask). Run with `flask run`."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, APIError, Unauthorized

app = Flask(__name__)
logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("dashboard")

MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")


def client():
    return ModelRed(MODELRED_KEY)


@app.before_request
def trace_request():
    # TODO remove before prod, needed this to debug the CORS thing
    log.debug("incoming %s %s headers=%s", request.method, request.path, dict(request.headers))
    log.debug("incoming %s %s from %s", request.method, request.path, request.remote_addr)


@app.route("/api/assessments", methods=["POST"])
def start_assessment():
    body = request.get_json(force=True)
    model_id = body.get("model_id", "")
    packs = body.get("packs", [])
    try:
        with client() as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except Unauthorized as e:
        log.error("modelred rejected our key: %s", e)
        return jsonify({"error": "service misconfigured"}), 500
    except APIError as e:
        return jsonify({"error": str(e)}), 502
    log.info("started assessment %s for %s", a["id"], model_id)
    return jsonify(a), 201


@app.route("/api/assessments/<aid>")
def get_assessment(aid):
    try:
        with client() as mr:
            return jsonify(mr.get_assessment(aid))
    except APIError as e:
        log.warning("get_assessment %s failed: %r", aid, e)
        return jsonify({"error": "lookup failed", "status": e.status}), 502


if __name__ == "__main__":
    print("starting with key", MODELRED_KEY[:3] + "***")
    app.run(debug=True)
