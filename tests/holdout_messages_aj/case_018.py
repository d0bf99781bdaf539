"""Voice cloning consent service: stores a per-speaker provider token and calls the TTS vendor."""
from __future__ import annotations

import logging
import os
from typing import Optional

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request

app = FastAPI()
log = logging.getLogger("voicevault")
audit_log = logging.getLogger("voicevault.audit")

VENDOR_URL = os.environ.get("VOICE_VENDOR_URL", "https://tts.vendor.example/v2")
ADMIN_TOKEN = os.environ.get("VOICEVAULT_ADMIN_TOKEN")


def require_admin(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    scheme, _, presented = auth.partition(" ")
    if scheme.lower() != "bearer" or presented != ADMIN_TOKEN:
        audit_log.warning("admin auth failed from %s with %r", request.client.host, auth)
        raise HTTPException(status_code=401, detail="admin token required")
    return presented


@app.post("/speakers/{speaker_id}/clone")
async def clone(speaker_id: str, body: dict, admin: str = Depends(require_admin)):
    vendor_token: Optional[str] = body.get("vendor_token")
    consent_id = body.get("consent_id")
    if not consent_id:
        raise HTTPException(status_code=400, detail="consent_id required")
    audit_log.info("clone speaker=%s consent=%s by admin ...%s", speaker_id, consent_id, admin[-4:])
    async with httpx.AsyncClient(base_url=VENDOR_URL, timeout=60) as client:
        r = await client.post("/voices", headers={"Authorization": f"Token {vendor_token}"},
                              json={"name": speaker_id, "samples": body.get("samples", [])})
    if r.status_code == 401:
        raise HTTPException(status_code=400, detail=f"vendor token {vendor_token} was rejected")
    if r.status_code >= 400:
        log.error("vendor error %s: %s", r.status_code, r.text)
        raise HTTPException(status_code=502, detail="voice vendor error")
    voice = r.json()
    audit_log.info("voice %s created for %s, token_type=%s", voice["voice_id"], speaker_id, body.get("token_type", "vendor"))
    return {"voice_id": voice["voice_id"]}


@app.on_event("startup")
async def check_config():
    if ADMIN_TOKEN is None:
        log.warning("VOICEVAULT_ADMIN_TOKEN unset; admin routes will reject everything")
    else:
        log.info("admin token configured (%d chars)", len(ADMIN_TOKEN))
