"""Async literature assistant API: answers and the admin endpoints that manage its ModelRed checks."""
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ModelRedError, NotFoundError
from openai import AsyncOpenAI

log = logging.getLogger("litassist")
app = FastAPI()

ADMIN_TOKEN = os.environ["LITASSIST_ADMIN_TOKEN"]
oai = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
mr = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


class Ask(BaseModel):
    question: str
    max_tokens: int = 600


def require_admin(x_admin_token: str = Header("")) -> None:
    if x_admin_token != ADMIN_TOKEN:
        log.warning("bad admin token %r", x_admin_token)
        raise HTTPException(status_code=403, detail="forbidden")


@app.post("/ask")
async def ask(body: Ask):
    log.info("question of %d chars, max_tokens=%d", len(body.question), body.max_tokens)
    resp = await oai.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=body.max_tokens,
        messages=[{"role": "user", "content": body.question}],
    )
    return {"answer": resp.choices[0].message.content, "tokens": resp.usage.total_tokens}


@app.get("/admin/assessments/{assessment_id}", dependencies=[Depends(require_admin)])
async def assessment(assessment_id: str):
    try:
        return await mr.get_assessment(assessment_id)
    except NotFoundError:
        raise HTTPException(status_code=404, detail="no such assessment")
    except ModelRedError as e:
        log.error("get_assessment %s failed: %r", assessment_id, e)
        raise HTTPException(status_code=502, detail=str(e))


@app.post("/admin/assess", dependencies=[Depends(require_admin)])
async def assess():
    try:
        job = await mr.create_assessment(model="litassist-gpt4o-mini", test_types=["prompt_injection"])
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed {type(e).__name__}")
    return {"assessment_id": job["id"]}
