"""Home-lab Flask dashboard: shows last ModelRed runs for my self-hosted models."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, NotFound, Forbidden

app = Flask(__name__)
log = logging.getLogger("labdash")

MR_KEY = os.environ["MODELRED_API_KEY"]
ADMIN_PASSWORD = os.environ.get("LABDASH_PASSWORD", "")


def client():
    return ModelRed(MR_KEY, timeout=15.0)


@app.before_request
def check_auth():
    if request.path.startswith("/static"):
        return None
    pw = request.headers.get("X-Lab-Password", "")
    if pw != ADMIN_PASSWORD:
        log.warning("bad dashboard password %r from %s", pw, request.remote_addr)
        return jsonify({"error": "unauthorized"}), 401
    log.debug("auth ok for %s (pw len %d)", request.remote_addr, len(pw))
    return None


@app.get("/runs")
def runs():
    try:
        with client() as mr:
            page = mr.list_assessments(limit=int(request.args.get("n", 10)))
    except Forbidden as e:
        log.error("forbidden: %s", e)
        return jsonify({"error": "forbidden"}), 403
    except ModelRedError as e:
        return jsonify({"error": str(e)}), 502
    return jsonify(page)


@app.get("/runs/<assessment_id>")
def run(assessment_id):
    try:
        with client() as mr:
            return jsonify(mr.get_assessment(assessment_id))
    except NotFound:
        return jsonify({"error": "no such run", "id": assessment_id}), 404
    except ModelRedError as e:
        return jsonify({"error": type(e).__name__}), 502


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8088)
