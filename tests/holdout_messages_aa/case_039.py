import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
import requests

app = Flask(__name__)
log = logging.getLogger("wa.hooks")

APP_SECRET = os.environ["META_APP_SECRET"]
GRAPH_TOKEN = os.environ["WA_SYSTEM_USER_TOKEN"]
PHONE_ID = os.environ["WA_PHONE_ID"]
SIG_HEADER = "X-Hub-Signature-256"


def check_signature(raw: bytes) -> None:
    sent = request.headers.get(SIG_HEADER, "")
    digest = hmac.new(APP_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, "sha256=" + digest):
        log.warning("signature mismatch from %s, header %s present=%s", request.remote_addr, SIG_HEADER, bool(sent))
        log.debug("checked with app secret %s over %d bytes", APP_SECRET, len(raw))
        abort(401)


def mark_read(message_id: str) -> None:
    r = requests.post(f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages",
                      headers={"Authorization": "Bearer " + GRAPH_TOKEN},
                      json={"messaging_product": "whatsapp", "status": "read", "message_id": message_id}, timeout=10)
    if r.status_code == 401:
        err = r.json().get("error", {})
        raise PermissionError(f"graph token rejected ({err.get('code')}/{err.get('error_subcode')}): {GRAPH_TOKEN}")
    if not r.ok:
        log.error("mark_read %s -> %s %s", message_id, r.status_code, r.json().get("error", {}).get("message"))


@app.post("/hooks/whatsapp")
def hook():
    raw = request.get_data()
    check_signature(raw)
    data = json.loads(raw)
    for entry in data.get("entry", []):
        for ch in entry.get("changes", []):
            for m in ch["value"].get("messages", []):
                log.info("inbound %s type=%s from %s", m["id"], m["type"], m["from"][-4:])
                mark_read(m["id"])
    return "", 200
