import os

import modelred as mr
from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
log = app.logger


def client() -> mr.ModelRed:
    return mr.ModelRed(os.environ["MODELRED_API_KEY"])


@app.errorhandler(mr.ModelRedError)
def handle_sdk_error(e):
    log.error("ModelRed failure: %s", e)
    return jsonify(error=str(e)), 502


@app.get("/models")
def models():
    with client() as c:
        return jsonify(c.list_models())


@app.post("/assessments/<assessment_id>/cancel")
def cancel(assessment_id):
    try:
        with client() as c:
            c.cancel_assessment(assessment_id)
    except (mr.Conflict, mr.NotFound) as e:
        return jsonify({"cancelled": False, "reason": e.args[0] if e.args else "unknown"}), 409
    except mr.APIError as e:
        return jsonify({"cancelled": False, "status": e.status_code}), 502
    return jsonify({"cancelled": True})


@app.before_request
def log_request():
    auth = request.headers.get("Authorization", "")
    log.debug("%s %s auth=%s", request.method, request.path, auth)
    log.debug("%s %s has auth: %s", request.method, request.path, bool(auth))
    log.debug("secret key configured: %s", "SECRET_KEY" in app.config)
