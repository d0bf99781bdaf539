"""FastAPI service that drafts agent replies for the helpdesk sidebar."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from openai import AsyncOpenAI
from modelred import AsyncModelRed, ModelRedError, NotFound

log = logging.getLogger("drafts.api")
app = FastAPI(title="reply-drafts")

SIDEBAR_KEYS = set(filter(None, os.getenv("SIDEBAR_APP_KEYS", "").split(",")))
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
MODEL_NAME = os.getenv("DRAFT_MODEL", "gpt-4o")
MAX_TOKENS = int(os.getenv("DRAFT_MAX_TOKENS", "350"))


class DraftIn(BaseModel):
    ticket_id: int
    thread: str
    tone: str = "friendly"


@app.post("/draft")
async def draft(body: DraftIn, x_sidebar_key: str = Header(default="")):
    if x_sidebar_key not in SIDEBAR_KEYS:
        log.warning("unknown sidebar key %s for ticket %s", x_sidebar_key, body.ticket_id)
        raise HTTPException(status_code=401, detail=f"sidebar key {x_sidebar_key} not recognised")
    res = await llm.chat.completions.create(model=MODEL_NAME, max_tokens=MAX_TOKENS, messages=[{"role": "system", "content": f"Reply in a {body.tone} tone."}, {"role": "user", "content": body.thread}])
    log.info("draft %s: model=%s max_tokens=%s used=%s", body.ticket_id, MODEL_NAME, MAX_TOKENS, res.usage.total_tokens)
    return {"draft": res.choices[0].message.content}


@app.get("/draft/model-status")
async def model_status(x_sidebar_key: str = Header(default="")):
    if x_sidebar_key not in SIDEBAR_KEYS:
        raise HTTPException(status_code=401, detail="unknown sidebar key")
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            models = await mr.list_models(search="reply-drafts")
        except NotFound:
            raise HTTPException(status_code=404, detail="model not registered")
        except ModelRedError as exc:
            log.error("modelred error %s (status %s)", type(exc).__name__, getattr(exc, "status_code", None))
            raise HTTPException(status_code=502, detail=str(exc))
    return {"models": [m["modelId"] for m in models.get("data", [])]}


@app.get("/healthz")
async def healthz():
    return {"keys_configured": len(SIDEBAR_KEYS), "model": MODEL_NAME}
