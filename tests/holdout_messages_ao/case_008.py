"""Contract review API: clause extraction with Claude, red-team runs on demand."""
import logging
import os

import anthropic
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, APIError, NotFound, RateLimited

app = FastAPI(title="contract-review")
log = logging.getLogger("contract_review.api")

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
CLAUDE_MODEL = os.getenv("CLAUDE_MODEL", "claude-3-5-sonnet-latest")
MAX_TOKENS = 2048
claude = anthropic.AsyncAnthropic(api_key=ANTHROPIC_KEY)


class ReviewRequest(BaseModel):
    contract_id: str
    text: str


def modelred_key(x_modelred_key: str = Header(...)) -> str:
    if not x_modelred_key.startswith("mr_"):
        log.warning("rejected X-ModelRed-Key header %s", x_modelred_key)
        raise HTTPException(status_code=401, detail="invalid ModelRed key")
    return x_modelred_key


@app.post("/review")
async def review(req: ReviewRequest):
    log.info("review %s with %s, max_tokens=%d", req.contract_id, CLAUDE_MODEL, MAX_TOKENS)
    msg = await claude.messages.create(model=CLAUDE_MODEL, max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": f"List risky clauses:\n{req.text}"}])
    log.info("claude usage in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
    return {"contract_id": req.contract_id, "findings": msg.content[0].text}


@app.post("/redteam/{model_id}")
async def redteam(model_id: str, key: str = Depends(modelred_key)):
    async with AsyncModelRed(key, timeout=30.0) as client:
        try:
            job = await client.create_assessment(model_id=model_id, probe_pack_ids=["contract-leakage"])
        except NotFound:
            raise HTTPException(status_code=404, detail=f"unknown model {model_id}")
        except RateLimited as e:
            raise HTTPException(status_code=429, detail=f"retry after {e.retry_after}s")
        except APIError as e:
            raise HTTPException(status_code=502, detail=str(e))
    return {"assessment": job["id"]}


@app.on_event("startup")
async def startup():
    log.info("anthropic key configured (%d chars, ends %s)", len(ANTHROPIC_KEY), ANTHROPIC_KEY[-4:])
