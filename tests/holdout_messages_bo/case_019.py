"""Firebase custom tokens for the companion watch app (class-heavy, firebase-admin)."""
import logging
import os
import secrets

from firebase_admin import auth, initialize_app
from flask import Flask, jsonify, request

initialize_app()
app = Flask(__name__)
auth_log = logging.getLogger("watch.auth")

PAIRING_TTL = 300


class PairingService:
    def __init__(self):
        self.pending: dict[str, str] = {}
        self.device_secret = os.environ["WATCH_DEVICE_SECRET"]

    def start(self, uid: str) -> str:
        code = f"{secrets.randbelow(10**6):06d}"
        self.pending[code] = uid
        auth_log.info("pairing started for %s, ttl %ds", uid, PAIRING_TTL)
        return code

    def finish(self, code: str, device_id: str, presented_secret: str) -> str:
        if presented_secret != self.device_secret:
            raise PermissionError(f"device {device_id} sent wrong secret {presented_secret}")
        uid = self.pending.pop(code, None)
        if uid is None:
            raise KeyError(f"unknown pairing code for device {device_id}")
        custom_token = auth.create_custom_token(uid, {"device": device_id}).decode()
        auth_log.debug("minted custom token %s for %s", custom_token, uid)
        auth_log.info("paired %s to %s", device_id, uid)
        return custom_token


svc = PairingService()


@app.post("/pair/start")
def pair_start():
    return jsonify(code=svc.start(request.json["uid"]))


@app.post("/pair/finish")
def pair_finish():
    body = request.json
    try:
        token = svc.finish(body["code"], body["device_id"], request.headers.get("X-Device-Secret", ""))
    except PermissionError:
        auth_log.warning("bad device secret from %s", body.get("device_id"))
        return jsonify(error="forbidden"), 403
    return jsonify(token=token)
