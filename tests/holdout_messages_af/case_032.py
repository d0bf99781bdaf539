"""Webhook receiver for Replicate-style prediction callbacks."""
import base64
import hashlib
import hmac
import logging
import os
import time

from fastapi import FastAPI, HTTPException, Request

log = logging.getLogger("hooks.replicate")
app = FastAPI()

SIGNING_SECRET = os.environ.get("REPLICATE_WEBHOOK_SECRET", "")
TOLERANCE_S = 300


def verify(webhook_id: str, ts: str, body: bytes, signatures: str) -> bool:
    secret = SIGNING_SECRET.removeprefix("whsec_")
    if not secret:
        raise RuntimeError(f"REPLICATE_WEBHOOK_SECRET is empty ({secret!r})")
    key = base64.b64decode(secret)
    signed = f"{webhook_id}.{ts}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    ok = any(hmac.compare_digest(expected, s.split(",", 1)[-1]) for s in signatures.split())
    if not ok:
        log.warning("signature mismatch for %s at %s", webhook_id, ts)
        log.debug("verification used secret %s", SIGNING_SECRET)
    return ok


@app.post("/hooks/prediction")
async def prediction(request: Request):
    body = await request.body()
    wid = request.headers.get("webhook-id", "")
    ts = request.headers.get("webhook-timestamp", "0")
    sig = request.headers.get("webhook-signature", "")
    if abs(time.time() - int(ts)) > TOLERANCE_S:
        raise HTTPException(400, detail=f"stale webhook {wid} ({ts})")
    if not verify(wid, ts, body, sig):
        raise HTTPException(401, detail="bad signature")
    event = await request.json()
    log.info("prediction %s %s in %.1fs", event["id"], event["status"], event.get("metrics", {}).get("predict_time", 0))
    if event["status"] == "failed":
        log.error("prediction %s failed: %s", event["id"], event.get("error"))
    return {"ok": True}


@app.on_event("startup")
def check_secret():
    if SIGNING_SECRET and not SIGNING_SECRET.startswith("whsec_"):
        raise RuntimeError("REPLICATE_WEBHOOK_SECRET has the wrong format: %s" % SIGNING_SECRET)
