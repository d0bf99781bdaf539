"""Decorator that injects a ModelRed client (generation 2) into view functions."""
import functools
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, NotFoundError

app = Flask(__name__)
log = logging.getLogger("views")


def with_modelred(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        api_key = request.headers.get("X-Api-Key") or os.environ.get("MODELRED_API_KEY")
        if not api_key:
            return jsonify({"error": "missing X-Api-Key"}), 401
        client = ModelRed(api_key=api_key)
        log.debug("%s %s with key from %s", request.method, request.path, "header" if request.headers.get("X-Api-Key") else "env")
        try:
            return view(client, *args, **kwargs)
        except NotFoundError as exc:
            log.info("not found: %s", exc)
            return jsonify({"error": "not found"}), 404
        except ModelRedError as exc:
            log.error("modelred failed for caller key %s", api_key)
            return jsonify({"error": f"modelred: {exc}"}), 502
    return wrapper


@app.get("/models/<model_id>")
@with_modelred
def get_model(client, model_id):
    model = client.get_model(model_id)
    return jsonify(model)


@app.post("/assessments")
@with_modelred
def create(client):
    body = request.get_json(force=True)
    job = client.create_assessment(
        model=body["model"], test_types=body.get("test_types", ["jailbreak"]), priority="normal"
    )
    log.info("created %s for model %s", job.get("id"), body["model"])
    return jsonify(job), 201


@app.get("/assessments/<assessment_id>")
@with_modelred
def status(client, assessment_id):
    return jsonify(client.get_assessment(assessment_id))


if __name__ == "__main__":
    app.run(port=8088)
