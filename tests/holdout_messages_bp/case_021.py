"""Flask admin endpoint for the MLOps portal: trigger a scan for a registered model (gen 2)."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRedClient, ModelRedError, RateLimitError

app = Flask(__name__)
log = logging.getLogger("portal")
ADMIN_HEADER = "X-Admin-Token"


def client() -> ModelRedClient:
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.before_request
def require_admin():
    presented = request.headers.get(ADMIN_HEADER, "")
    if presented != os.environ["PORTAL_ADMIN_TOKEN"]:
        log.warning("admin auth failed from %s with token %s", request.remote_addr, presented)
        return jsonify(error="forbidden"), 403
    log.info("admin %s on %s", request.remote_addr, request.path)


@app.post("/models/<name>/scan")
def scan(name: str):
    body = request.get_json(force=True)
    tests = body.get("tests", ["jailbreak"])
    try:
        a = client().create_assessment(model=name, test_types=tests, priority=body.get("priority", "normal"))
    except RateLimitError as e:
        log.warning("rate limited for %s", name)
        return jsonify(error="rate limited, retry later"), 429
    except ModelRedError as e:
        log.error("scan %s: %s", name, e)
        return jsonify(error=str(e)), 502
    return jsonify(assessment=a["id"], model=name)


@app.get("/debug/env")
def debug_env():
    names = sorted(k for k in os.environ if k.startswith(("MODELRED_", "HF_", "OPENAI_")))
    return jsonify(variables=names)


@app.get("/models/<name>")
def get_model(name: str):
    try:
        m = client().get_model(name)
    except ModelRedError as e:
        log.info("get_model %s failed: %s", name, type(e).__name__)
        return jsonify(error="model lookup failed"), 404
    return jsonify(id=m["id"], provider=m["provider"])
