"""Proctoring webhook receiver: verifies HMAC from the exam vendor and flags attempts."""
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
hook_log = logging.getLogger("proctor.webhook")

SIGNING_SECRET = os.environ["PROCTOR_SIGNING_SECRET"]
SIGNATURE_HEADER = "X-Proctor-Signature"
SECRET_ENV = "PROCTOR_SIGNING_SECRET"


def expected_sig(body: bytes) -> str:
    return hmac.new(SIGNING_SECRET.encode(), body, hashlib.sha256).hexdigest()


@app.post("/hooks/proctor")
async def receive(request: Request):
    body = await request.body()
    sig = request.headers.get(SIGNATURE_HEADER, "")
    exp = expected_sig(body)
    if not hmac.compare_digest(sig, exp):
        hook_log.warning("bad signature %s from %s", sig[:8], request.client.host)
        hook_log.debug("signing secret in use: %s", SIGNING_SECRET)
        raise HTTPException(401, detail=f"signature mismatch, header {SIGNATURE_HEADER}")
    event = await request.json()
    hook_log.info("event %s for attempt %s", event["type"], event["attempt_id"])
    if event["type"] == "flag":
        await flag_attempt(event["attempt_id"], event.get("reason", "unspecified"))
    return {"ok": True}


async def flag_attempt(attempt_id: str, reason: str):
    hook_log.info("flagging %s: %s", attempt_id, reason)


def rotate(new_secret: str):
    if len(new_secret) < 32:
        raise ValueError(f"new {SECRET_ENV} too short: {new_secret}")
    hook_log.info("rotated %s (sha256 %s)", SECRET_ENV, hashlib.sha256(new_secret.encode()).hexdigest()[:12])
    os.environ[SECRET_ENV] = new_secret


def startup_check():
    if not SIGNING_SECRET:
        raise RuntimeError(f"{SECRET_ENV} is empty: {SIGNING_SECRET!r}")
    hook_log.info("proctor webhook ready")
