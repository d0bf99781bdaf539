from __future__ import annotations

import logging
import os

from flask import Flask, jsonify, request
from modelred import APIError, ModelRed, Unauthorized, ValidationFailed

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

SERVICE_TOKEN = os.environ.get("SCAN_SERVICE_TOKEN")
client = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=2)


@app.before_request
def check_token():
    if request.path.startswith("/health"):
        return None
    presented = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if presented != SERVICE_TOKEN:
        app.logger.warning("rejected token %s from %s", presented, request.remote_addr)
        return jsonify(error="unauthorized"), 401
    return None


@app.post("/scans")
def create_scan():
    body = request.get_json(force=True) or {}
    model_id = body.get("model_id", "")
    packs = body.get("probe_pack_ids") or ["owasp-llm-top10"]
    try:
        res = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except ValidationFailed as e:
        app.logger.info("validation failed for %s: %s", model_id, e)
        return jsonify(error="invalid model id or packs"), 400
    except Unauthorized:
        app.logger.error("ModelRed key rejected; rotate MODELRED_API_KEY")
        return jsonify(error="upstream auth failure"), 502
    except APIError as e:
        return jsonify(error=str(e), kind=type(e).__name__), 502
    return jsonify(id=res["id"], status=res.get("status")), 201


@app.get("/scans/<scan_id>")
def get_scan(scan_id: str):
    try:
        res = client.get_assessment(scan_id)
    except APIError as e:
        app.logger.exception("lookup %s failed", scan_id)
        return jsonify(error=f"lookup failed ({type(e).__name__})"), 502
    return jsonify(res)


@app.get("/health")
def health():
    return jsonify(ok=True, token_configured=SERVICE_TOKEN is not None)
