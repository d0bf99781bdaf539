import logging
import os
import re

from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import BadRequest

from modelred import ModelRed, ModelRedError, NotFoundError

app = Flask(__name__)
log = logging.getLogger(__name__)

mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def require_slug(value):
    if not value or not _SLUG.match(value):
        raise BadRequest("invalid identifier")
    return value


@app.get("/models/<model_id>")
def show_model(model_id):
    require_slug(model_id)
    try:
        m = mr.get_model(model_id)
    except NotFoundError:
        abort(404)
    return jsonify(id=m.id, name=m.displayName, provider=m.provider)


@app.post("/assessments")
def start_assessment():
    payload = request.get_json(force=True)
    try:
        a = mr.create_assessment(
            model=payload["model"],
            test_types=payload.get("test_types", ["prompt_injection"]),
            priority="normal",
        )
    except ModelRedError as e:
        return jsonify({"error": str(e)}), 502
    return jsonify(id=a.id, status=a.status.value), 201


@app.get("/assessments/<assessment_id>")
def assessment_status(assessment_id):
    require_slug(assessment_id)
    try:
        a = mr.get_assessment(assessment_id)
    except ModelRedError as e:
        log.warning("get_assessment failed: %s", type(e).__name__)
        return jsonify({"error": "upstream error"}), 502
    return jsonify(id=a.id, status=a.status.value, progress=a.progress)


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "5000")))
