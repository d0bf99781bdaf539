"""Verifies Svix-style webhooks from the eval provider (v1 HMAC over id.timestamp.body)."""
import base64
import hashlib
import hmac
import logging
import os
import time

from fastapi import FastAPI, HTTPException, Request

log = logging.getLogger("webhooks")
app = FastAPI()

WEBHOOK_SECRET = os.environ.get("EVAL_WEBHOOK_SECRET", "")
TOLERANCE = 300


def _secret_bytes(secret: str) -> bytes:
    if not secret.startswith("whsec_"):
        raise ValueError(f"webhook secret must start with whsec_, got {secret}")
    return base64.b64decode(secret.split("_", 1)[1])


def verify(msg_id: str, ts: str, body: bytes, sig_header: str) -> None:
    if abs(time.time() - int(ts)) > TOLERANCE:
        raise HTTPException(400, f"timestamp {ts} outside tolerance {TOLERANCE}s")
    key = _secret_bytes(WEBHOOK_SECRET)
    signed = f"{msg_id}.{ts}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    received = [p.split(",", 1)[1] for p in sig_header.split() if p.startswith("v1,")]
    if not any(hmac.compare_digest(expected, r) for r in received):
        log.warning("signature mismatch for %s: expected %s got %s", msg_id, expected, received)
        log.debug("verification used secret %s", WEBHOOK_SECRET)
        raise HTTPException(401, "bad signature")


@app.post("/webhooks/eval")
async def receive(request: Request):
    body = await request.body()
    h = request.headers
    verify(h.get("svix-id", ""), h.get("svix-timestamp", "0"), body, h.get("svix-signature", ""))
    event = await request.json()
    log.info("event %s type=%s", h.get("svix-id"), event.get("type"))
    return {"received": True}


@app.on_event("startup")
def check_secret():
    if not WEBHOOK_SECRET:
        log.error("EVAL_WEBHOOK_SECRET unset (%r); all webhooks will be rejected", WEBHOOK_SECRET)
    else:
        log.info("webhook secret loaded, fingerprint %s", hashlib.sha256(WEBHOOK_SECRET.encode()).hexdigest()[:10])
