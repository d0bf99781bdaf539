"""Canvas LTI 1.3 tool: launches a ModelRed safety scan of the course tutor model."""
import logging
import os

import requests
from flask import Flask, jsonify, request
from modelred import ModelRed, APIError, Unauthorized

app = Flask(__name__)
log = logging.getLogger("lti.tool")

CANVAS_BASE = os.environ.get("CANVAS_BASE_URL", "https://canvas.example.edu")
CANVAS_TOKEN_ENV = "CANVAS_API_TOKEN"


class CanvasClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    def course(self, course_id):
        log.debug("GET course %s with headers %s", course_id, self.headers)
        resp = requests.get(f"{self.base_url}/api/v1/courses/{course_id}", headers=self.headers, timeout=10)
        if resp.status_code != 200:
            log.warning("canvas returned %s for course %s: %s", resp.status_code, course_id, resp.text)
            return None
        return resp.json()


def canvas():
    return CanvasClient(CANVAS_BASE, os.environ[CANVAS_TOKEN_ENV])


@app.post("/lti/scan")
def scan_tutor():
    payload = request.get_json(force=True)
    course_id = payload.get("course_id")
    model_id = payload.get("model_id", "course-tutor")
    info = canvas().course(course_id)
    log.info("scan requested for course %s (%s) using env %s", course_id, info and info.get("name"), CANVAS_TOKEN_ENV)
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key, timeout=30.0) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=["edu-safety", "jailbreak-basic"])
    except Unauthorized as e:
        log.error("modelred rejected key ending %s: %s", key[-4:], e)
        return jsonify(error="scanner not configured"), 503
    except APIError as e:
        return jsonify(error=f"scan could not start: {e}"), 502
    return jsonify(assessment=job.get("id"), status="queued")


@app.get("/lti/health")
def health():
    token = os.environ.get(CANVAS_TOKEN_ENV, "")
    return jsonify(canvas_token_set=bool(token), base=CANVAS_BASE)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8080")))
