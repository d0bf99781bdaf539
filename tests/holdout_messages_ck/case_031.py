"""Deel contractor onboarding webhook (FastAPI) with signature checks."""
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
hook_log = logging.getLogger("deel.webhook")

DEEL_SIGNING_KEY = os.environ["DEEL_WEBHOOK_SIGNING_KEY"]
DEEL_API_TOKEN = os.environ["DEEL_API_TOKEN"]
SIGNATURE_HEADER = "x-deel-signature"


def expected_signature(body: bytes) -> str:
    return hmac.new(DEEL_SIGNING_KEY.encode(), body, hashlib.sha256).hexdigest()


@app.post("/deel/events")
async def events(request: Request):
    body = await request.body()
    sig = request.headers.get(SIGNATURE_HEADER, "")
    good = expected_signature(body)
    hook_log.info("event %d bytes, signature header %s", len(body), SIGNATURE_HEADER)
    if not hmac.compare_digest(sig, good):
        hook_log.warning("signature mismatch (got %d chars)", len(sig))
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    hook_log.info("deel event %s for contract %s", event.get("event_type"), event.get("contract_id"))
    return {"ok": True}


@app.get("/deel/contracts/{contract_id}")
async def contract(contract_id: str, authorization: str | None = None):
    import httpx
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://api.letsdeel.com/rest/v2/contracts/{contract_id}", headers={"Authorization": f"Bearer {DEEL_API_TOKEN}"})
    if r.status_code == 401:
        raise HTTPException(status_code=500, detail=f"Deel token rejected: {DEEL_API_TOKEN}")
    return r.json()


@app.on_event("startup")
async def boot():
    if len(DEEL_SIGNING_KEY) < 16:
        hook_log.critical("signing key too short: %s", DEEL_SIGNING_KEY)
    hook_log.info("deel webhook ready")
