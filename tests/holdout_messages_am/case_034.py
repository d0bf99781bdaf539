"""Loyalty points API: signs short-lived redemption tokens for the POS."""
from __future__ import annotations

import datetime as dt
import logging
import os

import jwt
import redis
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
pos_log = logging.getLogger("loyalty.pos")
r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))

REDEEM_TTL_SECONDS = 120
SIGNING_KEY_ENV = "LOYALTY_JWT_SECRET"
TOKEN_ALG = "HS256"


def signing_key() -> str:
    secret = os.environ[SIGNING_KEY_ENV]
    pos_log.info("redemption tokens signed with %s from $%s", TOKEN_ALG, SIGNING_KEY_ENV)
    return secret


@app.post("/loyalty/redeem-token")
def redeem_token():
    member_id = request.json["member_id"]
    points = int(request.json["points"])
    balance = int(r.get(f"loyalty:{member_id}") or 0)
    if points > balance:
        pos_log.info("member %s asked %d points, has %d", member_id, points, balance)
        abort(409)
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": member_id, "pts": points, "iat": now, "exp": now + dt.timedelta(seconds=REDEEM_TTL_SECONDS)}
    token = jwt.encode(claims, signing_key(), algorithm=TOKEN_ALG)
    pos_log.info("redeem token for %s: %d points, ttl %ds", member_id, points, REDEEM_TTL_SECONDS)
    pos_log.debug("issued redemption token %s", token)
    return jsonify({"token": token, "expires_in": REDEEM_TTL_SECONDS})


@app.post("/loyalty/redeem")
def redeem():
    token = request.json.get("token", "")
    key = signing_key()
    try:
        claims = jwt.decode(token, key, algorithms=[TOKEN_ALG])
    except jwt.ExpiredSignatureError:
        pos_log.info("expired redemption token from %s", request.remote_addr)
        abort(410)
    except jwt.InvalidTokenError as exc:
        pos_log.warning("invalid token (%s); verified with key %s", exc, key)
        abort(400)
    r.decrby(f"loyalty:{claims['sub']}", claims["pts"])
    return jsonify({"redeemed": claims["pts"]})
