"""Marketing settings page backend (FastAPI): save and test the workspace's e-mail + LLM credentials."""
import logging
import os

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, SecretStr

app = FastAPI()
audit_log = logging.getLogger("settings.audit")


class EmailSettings(BaseModel):
    workspace_id: str
    provider: str
    sender_domain: str
    postmark_server_token: str
    openai_api_key: SecretStr


SECRET_FIELDS = {"postmark_server_token", "openai_api_key"}


@app.put("/settings/email")
async def save(s: EmailSettings):
    audit_log.info("settings saved for %s: %s", s.workspace_id, s.model_dump(exclude=SECRET_FIELDS))
    audit_log.info("openai key for %s: %s", s.workspace_id, s.openai_api_key)
    audit_log.debug("postmark token for %s is %s", s.workspace_id, s.postmark_server_token)
    return {"saved": True}


@app.post("/settings/email/test")
async def test(s: EmailSettings):
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get("https://api.postmarkapp.com/server", headers={"X-Postmark-Server-Token": s.postmark_server_token, "Accept": "application/json"})
    if r.status_code == 401:
        audit_log.warning("postmark test failed for %s (%s)", s.workspace_id, r.status_code)
        raise HTTPException(400, detail="Postmark rejected the server token")
    if r.status_code >= 500:
        raise HTTPException(502, detail=f"postmark unavailable: {r.text[:100]}")
    return {"ok": True, "server": r.json().get("Name"), "domain": s.sender_domain}


@app.get("/settings/email/env")
async def env_status():
    names = ["POSTMARK_SERVER_TOKEN", "OPENAI_API_KEY"]
    return {n: n in os.environ for n in names}
