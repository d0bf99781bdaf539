"""Dropbox Sign (HelloSign) callback receiver for engagement letters."""
import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)

API_KEY_ENV = "DROPBOX_SIGN_API_KEY"
HS_API_KEY = os.environ.get(API_KEY_ENV, "")
CALLBACK_ACK = "Hello API Event Received"


def verify_event(event: dict) -> bool:
    meta = event.get("event", {})
    expected = hmac.new(HS_API_KEY.encode(), (meta.get("event_time", "") + meta.get("event_type", "")).encode(),
                        hashlib.sha256).hexdigest()
    ok = hmac.compare_digest(expected, meta.get("event_hash", ""))
    if not ok:
        app.logger.warning("bad event hash %s, expected %s (key %s)", meta.get("event_hash"), expected, HS_API_KEY)
    return ok


@app.post("/hooks/dropbox-sign")
def callback():
    if not HS_API_KEY:
        app.logger.error("%s is not set; rejecting callbacks", API_KEY_ENV)
        abort(503)
    raw = request.form.get("json")
    if raw is None:
        abort(400)
    event = json.loads(raw)
    if not verify_event(event):
        abort(403)
    etype = event["event"]["event_type"]
    req = event.get("signature_request", {})
    app.logger.info("event %s for request %s (%s)", etype, req.get("signature_request_id"), req.get("title"))
    if etype == "signature_request_all_signed":
        mark_engagement_signed(req.get("signature_request_id"), req.get("metadata", {}).get("matter_id"))
    return CALLBACK_ACK


def mark_engagement_signed(request_id: str, matter_id: str | None) -> None:
    if matter_id is None:
        app.logger.warning("signed request %s carries no matter id", request_id)
        return
    app.logger.info("matter %s engagement letter signed (%s)", matter_id, request_id)


@app.get("/hooks/dropbox-sign/health")
def health():
    return {"configured": bool(HS_API_KEY), "key_hint": HS_API_KEY[-4:] if HS_API_KEY else None}


if __name__ == "__main__":
    print(f"starting callback receiver, key sha={hashlib.sha256(HS_API_KEY.encode()).hexdigest()[:8]}")
    print("Dropbox Sign key:", HS_API_KEY)
    app.run(port=int(os.environ.get("PORT", "8085")))
