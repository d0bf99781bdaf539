"""Last-mile delivery webhook receiver (structlog) for courier status callbacks."""
import hashlib
import hmac
import os

import structlog
from fastapi import FastAPI, HTTPException, Request

log = structlog.get_logger("lastmile.webhooks")
app = FastAPI()

WEBHOOK_SECRET = os.environ["COURIER_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-Courier-Signature"


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/courier")
async def courier_callback(request: Request):
    body = await request.body()
    sig = request.headers.get(SIGNATURE_HEADER, "")
    want = expected_signature(body)
    if not hmac.compare_digest(sig, want):
        log.warning("signature mismatch", header=SIGNATURE_HEADER, got_len=len(sig))
        log.debug("webhook secret in use", secret=WEBHOOK_SECRET)
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    log.info("courier event", parcel=event.get("parcel_id"), status=event.get("status"), courier=event.get("courier"))
    return {"ok": True}


@app.post("/webhooks/courier/rotate")
async def rotate(request: Request):
    data = await request.json()
    new_secret = data.get("new_secret", "")
    if len(new_secret) < 32:
        raise HTTPException(status_code=400, detail=f"secret {new_secret} shorter than 32 characters")
    log.info("webhook secret rotated", fingerprint=hashlib.sha256(new_secret.encode()).hexdigest()[:8])
    os.environ["COURIER_WEBHOOK_SECRET"] = new_secret
    return {"rotated": True}


@app.get("/webhooks/courier/config")
async def config():
    return {"header": SIGNATURE_HEADER, "secret_configured": bool(WEBHOOK_SECRET)}
