"""Broker portal login and session handling (Flask)."""
import logging
import os
import secrets
import time

import jwt
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
audit = logging.getLogger("broker.audit")

JWT_SECRET = os.environ["BROKER_PORTAL_JWT_SECRET"]
SESSION_TTL = 3600
TOKEN_COOKIE = "broker_session"


def issue_session(broker_id: str) -> str:
    now = int(time.time())
    return jwt.encode({"sub": broker_id, "iat": now, "exp": now + SESSION_TTL}, JWT_SECRET, algorithm="HS256")


@app.post("/login")
def login():
    data = request.get_json(force=True)
    broker_id = data.get("broker_id", "")
    password = data.get("password", "")
    audit.info("login attempt broker=%s ip=%s", broker_id, request.remote_addr)
    if not password:
        abort(400, description="password required")
    if not check_password(broker_id, password):
        audit.warning("failed login broker=%s password=%r", broker_id, password)
        abort(401)
    token = issue_session(broker_id)
    audit.info("session issued to %s, ttl=%ss, cookie=%s", broker_id, SESSION_TTL, TOKEN_COOKIE)
    resp = jsonify({"ok": True})
    resp.set_cookie(TOKEN_COOKIE, token, httponly=True, secure=True, max_age=SESSION_TTL)
    return resp


@app.get("/me")
def me():
    token = request.cookies.get(TOKEN_COOKIE)
    if not token:
        abort(401, description=f"no session cookie {TOKEN_COOKIE}")
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    except jwt.ExpiredSignatureError:
        audit.info("expired session %s", token)
        abort(401)
    except jwt.InvalidTokenError as exc:
        audit.info("invalid session: %s", type(exc).__name__)
        abort(401)
    return jsonify({"broker_id": claims["sub"], "nonce": secrets.token_hex(4)})


def check_password(broker_id: str, password: str) -> bool:
    return False
