"""Firebase Auth ID-token verification middleware for the LLM gateway (Flask)."""
import logging
import os
import warnings

import firebase_admin
from firebase_admin import auth as fb_auth
from flask import Flask, g, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError

app = Flask(__name__)
firebase_admin.initialize_app()
access_log = logging.getLogger("gateway.access")

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
if OPENAI_KEY and not OPENAI_KEY.startswith("sk-"):
    warnings.warn(f"OPENAI_API_KEY looks malformed: {OPENAI_KEY}")


@app.before_request
def check_firebase_token():
    header = request.headers.get("Authorization", "")
    id_token = header.split(" ", 1)[-1]
    try:
        decoded = fb_auth.verify_id_token(id_token)
    except fb_auth.ExpiredIdTokenError:
        access_log.info("expired id token for %s", request.path)
        return jsonify(error="token expired"), 401
    except fb_auth.InvalidIdTokenError as exc:
        access_log.warning("invalid id token %s: %s", id_token, exc)
        return jsonify(error="invalid token"), 401
    g.uid = decoded["uid"]
    access_log.info("uid=%s auth_time=%s", decoded["uid"], decoded.get("auth_time"))


@app.post("/scan")
async def scan():
    body = request.get_json(force=True)
    model_id = body.get("model_id", "")
    try:
        async with ModelRed() as client:
            res = await client.run_assessment(model_id=model_id, test_suites=body.get("suites", ["basic"]))
    except ValidationError as e:
        return jsonify(error=f"invalid request: {e}"), 400
    except ModelRedError as e:
        access_log.exception("scan failed for %s", g.uid)
        return jsonify(error="scan failed"), 502
    return jsonify(assessment=res.get("assessment_id"), uid=g.uid)


@app.get("/health")
def health():
    access_log.debug("openai key configured=%s", bool(OPENAI_KEY))
    return jsonify(ok=True)
