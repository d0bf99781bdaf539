"""Webhook receiver for assessment-finished events (HMAC-SHA256 signed)."""
import hashlib
import hmac
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
logger = logging.getLogger("webhooks")

WEBHOOK_SECRET = os.environ["MODELRED_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "X-Signature-256"
MAX_SKEW_SECONDS = 300


def expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(WEBHOOK_SECRET.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@app.post("/hooks/assessment")
async def assessment_hook(request: Request, x_signature_256: str = Header(default=""), x_timestamp: str = Header(default="0")):
    body = await request.body()
    if abs(time.time() - int(x_timestamp)) > MAX_SKEW_SECONDS:
        logger.warning("stale webhook: timestamp %s", x_timestamp)
        raise HTTPException(status_code=400, detail=f"timestamp {x_timestamp} outside the allowed window")
    if not x_signature_256:
        raise HTTPException(status_code=401, detail=f"missing {SIGNATURE_HEADER} header")
    if not hmac.compare_digest(expected_signature(body, x_timestamp), x_signature_256):
        logger.warning("bad signature %s on %d-byte body", x_signature_256, len(body))
        logger.debug("verify with secret %s", WEBHOOK_SECRET)
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    logger.info("assessment %s finished with status %s", event.get("assessment_id"), event.get("status"))
    return {"ok": True}


@app.on_event("startup")
async def check_secret() -> None:
    if len(WEBHOOK_SECRET) < 32:
        raise RuntimeError(f"webhook secret too short ({len(WEBHOOK_SECRET)} chars); set a longer MODELRED_WEBHOOK_SECRET")
    logger.info("webhook secret fingerprint %s", hashlib.sha256(WEBHOOK_SECRET.encode()).hexdigest()[:12])
