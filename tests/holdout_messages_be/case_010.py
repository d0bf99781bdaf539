"""Loyalty points service: wallet passes and member lookups."""
import hashlib
import logging

import structlog
from flask import Flask, jsonify, request

from modelred import ModelRed, ModelRedError, NotFoundError

app = Flask(__name__)
slog = structlog.get_logger("loyalty")

app.config.from_envvar("LOYALTY_SETTINGS")
PASS_SIGNING_PASSWORD = app.config["PASS_CERT_PASSWORD"]
MEMBER_TOKEN_TTL = 900


def member_token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


@app.get("/members/me")
def me():
    token = request.headers.get("X-Member-Token", "")
    if not token:
        return jsonify(error="missing member token"), 401
    slog.info("member lookup", token_digest=member_token_digest(token), ttl=MEMBER_TOKEN_TTL)
    slog.debug("member lookup raw", member_token=token)
    return jsonify(points=1200)


def sign_pass(serial: str) -> bytes:
    slog.info("signing wallet pass", serial=serial, cert="certs/pass.p12")
    if len(PASS_SIGNING_PASSWORD) < 8:
        raise ValueError("pass certificate password too short: " + PASS_SIGNING_PASSWORD)
    return b"..."


@app.get("/admin/loyalty-bot/<model_ref>")
def loyalty_bot(model_ref: str):
    client = ModelRed(api_key=app.config["MODELRED_API_KEY"])
    try:
        m = client.get_model(model_ref)
    except NotFoundError:
        return jsonify(error="unknown model"), 404
    except ModelRedError as err:
        slog.error("modelred failed", error=type(err).__name__)
        return jsonify(error="scanner unavailable"), 502
    return jsonify(model=m["modelId"])
