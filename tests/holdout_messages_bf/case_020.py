"""Gym access control: door controllers call home with a device token."""
import hashlib
import logging
import os
import secrets

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
door_log = logging.getLogger("gym.doors")

DEVICE_TOKENS = {
    "door-main": os.environ.get("DOOR_MAIN_TOKEN", ""),
    "door-pool": os.environ.get("DOOR_POOL_TOKEN", ""),
}
TOKEN_HEADER = "X-Device-Token"


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:10]


@app.post("/doors/<door_id>/checkin")
def checkin(door_id):
    presented_token = request.headers.get(TOKEN_HEADER, "")
    expected = DEVICE_TOKENS.get(door_id)
    if expected is None:
        abort(404)
    if not secrets.compare_digest(presented_token, expected):
        door_log.warning("door %s bad token fingerprint %s (header %s)", door_id, token_fingerprint(presented_token), TOKEN_HEADER)
        door_log.debug("door %s presented %s", door_id, presented_token)
        abort(401)
    member = request.json.get("member_card")
    door_log.info("door %s admitted card %s", door_id, member)
    return jsonify({"open": True})


@app.post("/doors/<door_id>/rotate")
def rotate(door_id):
    new_token = secrets.token_urlsafe(32)
    DEVICE_TOKENS[door_id] = new_token
    door_log.info("rotated token for %s, new token %s", door_id, new_token)
    return jsonify({"door": door_id, "token": new_token})


@app.get("/doors")
def doors():
    door_log.info("%d doors have a token", sum(1 for t in DEVICE_TOKENS.values() if t))
    listing = sorted(DEVICE_TOKENS)
    door_log.info("listing doors %s", listing)
    return jsonify({"doors": listing, "configured": [d for d, t in DEVICE_TOKENS.items() if t]})
