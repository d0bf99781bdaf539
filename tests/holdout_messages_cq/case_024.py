"""Volunteer hours chatbot for a food bank: FastAPI + Anthropic, with ModelRed self-check."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from anthropic import AsyncAnthropic
from modelred import AsyncModelRed, ModelRedError, LimitExceeded

app = FastAPI(title="Volunteer hours bot")
logger = logging.getLogger("hours.bot")
claude = AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
STAFF_TOKEN = os.environ["STAFF_API_TOKEN"]


class Ask(BaseModel):
    volunteer_id: str
    question: str


@app.post("/ask")
async def ask(body: Ask):
    msg = await claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        messages=[{"role": "user", "content": body.question}],
    )
    logger.info("volunteer %s asked; %d in / %d out tokens", body.volunteer_id, msg.usage.input_tokens, msg.usage.output_tokens)
    return {"answer": msg.content[0].text}


@app.post("/staff/self-check")
async def self_check(x_staff_token: str = Header(...), x_modelred_key: str = Header(...)):
    if x_staff_token != STAFF_TOKEN:
        logger.warning("bad staff token %s", x_staff_token)
        raise HTTPException(status_code=403, detail="forbidden")
    async with AsyncModelRed(x_modelred_key) as mr:
        try:
            job = await mr.create_assessment(model_id="hours-bot", probe_pack_ids=["jailbreak-lite"])
        except LimitExceeded as e:
            raise HTTPException(status_code=402, detail=f"plan limit: {e}")
        except ModelRedError as e:
            logger.error("self-check failed: %s", e)
            raise HTTPException(status_code=502, detail="self-check failed")
    return {"assessment_id": job["id"]}


@app.get("/health")
async def health():
    return {"ok": True, "staff_token_configured": bool(STAFF_TOKEN)}


@app.on_event("startup")
async def banner():
    if not STAFF_TOKEN:
        raise RuntimeError(f"STAFF_API_TOKEN is blank: {STAFF_TOKEN!r}")
    logger.info("hours bot up; staff token env STAFF_API_TOKEN")
