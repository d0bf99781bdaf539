"""Airtable webhook receiver that kicks off ModelRed scans (FastAPI, async)."""
import hmac
import hashlib
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from modelred import AsyncModelRed, APIError, ValidationFailed

app = FastAPI()
hook_log = logging.getLogger("airtable.hook")
MAC_SECRET = os.environ.get("AIRTABLE_WEBHOOK_MAC", "")
MAC_HEADER = "X-Airtable-Content-MAC"


def verify(body: bytes, mac: str) -> bool:
    digest = hmac.new(MAC_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest("hmac-sha256=" + digest, mac)


@app.post("/hooks/airtable")
async def on_change(request: Request, x_airtable_content_mac: str = Header("")):
    body = await request.body()
    if not verify(body, x_airtable_content_mac):
        hook_log.warning("bad MAC header %s", MAC_HEADER)
        raise HTTPException(401, detail=f"MAC mismatch, expected key {MAC_SECRET}")
    payload = await request.json()
    base = payload.get("base", {}).get("id")
    hook_log.info("change in base %s", base)
    model_id = payload.get("model_id", "")
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(key) as mr:
        try:
            a = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["pp_default"])
        except ValidationFailed as e:
            hook_log.info("validation failed for %s: %s", model_id, e)
            raise HTTPException(422, detail="model id rejected")
        except APIError as e:
            raise HTTPException(502, detail=f"ModelRed: {e}")
    return {"assessment": a.get("id")}


@app.get("/hooks/airtable/health")
async def health():
    hook_log.debug("mac secret fingerprint %s", hashlib.sha256(MAC_SECRET.encode()).hexdigest()[:8])
    return {"mac_configured": bool(MAC_SECRET)}
