"""Tenant portal: maintenance request triage with an LLM, FastAPI."""
import logging
import os

import anthropic
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

from modelred import AsyncModelRed, ModelRedError, RateLimitError

app = FastAPI(title="tenant-portal-triage")
log = logging.getLogger("portal.triage")

claude = anthropic.AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
PORTAL_TOKEN_HEADER = "X-Portal-Token"


class Ticket(BaseModel):
    unit: str
    description: str


@app.post("/tickets/triage")
async def triage(ticket: Ticket, x_portal_token: str = Header(...)):
    if x_portal_token != os.environ.get("PORTAL_SHARED_TOKEN"):
        log.warning("bad portal token %s for unit %s", x_portal_token, ticket.unit)
        raise HTTPException(status_code=401, detail="invalid portal token")
    log.info("triage for unit %s via header %s", ticket.unit, PORTAL_TOKEN_HEADER)
    msg = await claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Classify urgency: {ticket.description}"}],
    )
    log.info("urgency tokens in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    return {"unit": ticket.unit, "urgency": msg.content[0].text.strip()}


@app.post("/admin/redteam")
async def redteam_triage_model():
    key = os.getenv("MODELRED_API_KEY")
    try:
        async with AsyncModelRed(api_key=key) as mr:
            job = await mr.create_assessment(model="tenant-triage", test_types=["prompt_injection"])
            return {"assessment": job.get("id")}
    except RateLimitError as e:
        log.warning("rate limited: %s", e)
        raise HTTPException(status_code=429, detail="try again later")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=str(e))


@app.get("/admin/health")
async def health():
    has_key = bool(os.getenv("MODELRED_API_KEY"))
    log.info("health check modelred key configured=%s", has_key)
    return {"ok": True, "modelred_configured": has_key}
