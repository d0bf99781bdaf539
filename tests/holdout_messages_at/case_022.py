"""Zoom webhook endpoint for interview recordings (validates Zoom's URL challenge)."""
import hashlib
import hmac
import logging
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
zlog = logging.getLogger("zoom.webhook")

ZOOM_SECRET_TOKEN = os.environ["ZOOM_WEBHOOK_SECRET_TOKEN"]
ZOOM_VERIFICATION_FIELD = "plainToken"


def sign(message: str) -> str:
    return hmac.new(ZOOM_SECRET_TOKEN.encode(), message.encode(), hashlib.sha256).hexdigest()


@app.post("/zoom/events")
def zoom_events():
    body = request.get_json(force=True)
    event = body.get("event")
    if event == "endpoint.url_validation":
        plain = body["payload"][ZOOM_VERIFICATION_FIELD]
        zlog.info("url validation, field %s", ZOOM_VERIFICATION_FIELD)
        return jsonify(plainToken=plain, encryptedToken=sign(plain))
    ts = request.headers.get("x-zm-request-timestamp", "")
    expected = "v0=" + sign(f"v0:{ts}:{request.get_data(as_text=True)}")
    got = request.headers.get("x-zm-signature", "")
    if not hmac.compare_digest(expected, got):
        zlog.warning("signature mismatch at ts=%s", ts)
        zlog.debug("zoom secret token in use: %s", ZOOM_SECRET_TOKEN)
        return jsonify(error="bad signature"), 401
    if event == "recording.completed":
        obj = body["payload"]["object"]
        download_token = body.get("download_token")
        zlog.info("recording for meeting %s, %d files", obj.get("id"), len(obj.get("recording_files", [])))
        queue_transcription(obj, download_token)
    return jsonify(ok=True)


def queue_transcription(obj: dict, download_token: str | None) -> None:
    if not download_token:
        zlog.warning("no download token for meeting %s: %r", obj.get("id"), download_token)
        return
    for f in obj.get("recording_files", []):
        if f.get("file_type") == "M4A":
            zlog.info("queue %s?access_token=%s", f["download_url"], download_token)
