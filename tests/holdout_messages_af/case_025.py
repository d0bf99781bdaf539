"""Token endpoint for the LiveKit web client."""
import logging
import os
from datetime import timedelta

from flask import Flask, abort, jsonify, request
from livekit import api

app = Flask(__name__)
log = logging.getLogger("lk.tokens")

LK_KEY = os.environ["LIVEKIT_API_KEY"]
LK_SECRET = os.environ["LIVEKIT_API_SECRET"]
TOKEN_TTL = timedelta(hours=2)
ROOM_PREFIX = "support-"


def mint(identity: str, room: str) -> str:
    grants = api.VideoGrants(room_join=True, room=room, can_publish=True, can_subscribe=True)
    return (api.AccessToken(LK_KEY, LK_SECRET).with_identity(identity).with_ttl(TOKEN_TTL)
            .with_grants(grants).to_jwt())


@app.post("/token")
def token():
    data = request.get_json(force=True)
    identity = data.get("identity", "")
    room = data.get("room", "")
    if not room.startswith(ROOM_PREFIX):
        abort(400, description=f"room must start with {ROOM_PREFIX}")
    jwt = mint(identity, room)
    log.info("issued token for %s in %s, ttl %s", identity, room, TOKEN_TTL)
    log.debug("issued jwt %s", jwt)
    return jsonify(token=jwt, url=os.environ["LIVEKIT_URL"])


@app.get("/health")
def health():
    if len(LK_SECRET) < 32:
        raise RuntimeError(f"LIVEKIT_API_SECRET too short ({len(LK_SECRET)} chars)")
    if LK_SECRET == LK_KEY:
        raise RuntimeError(f"LIVEKIT_API_SECRET equals the key: {LK_SECRET}")
    return jsonify(ok=True, key_id=LK_KEY[:4])
