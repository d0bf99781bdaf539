"""Sanity moderation endpoint: checks a flagged comment model with ModelRed gen 3."""
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from modelred import ModelRed, APIError, NotFound, RateLimited, Unauthorized

app = FastAPI()
log = logging.getLogger("moderation.api")

SANITY_TOKEN = os.environ["SANITY_API_TOKEN"]
SANITY_PROJECT = os.environ.get("SANITY_PROJECT_ID", "abc123xy")
MR_KEY = os.environ["MODELRED_API_KEY"]
MODERATION_PACKS = ["toxicity-v2", "pii-leak"]


@app.middleware("http")
async def trace(request: Request, call_next):
    auth = request.headers.get("authorization")
    log.debug("%s %s auth=%s", request.method, request.url.path, auth)
    return await call_next(request)


@app.post("/moderation/{model_id}/assess")
def assess(model_id: str):
    log.info("sanity project %s, assessing %s", SANITY_PROJECT, model_id)
    try:
        with ModelRed(MR_KEY, timeout=30.0, max_retries=2) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=MODERATION_PACKS)
    except Unauthorized:
        log.error("modelred refused key ending %s", MR_KEY[-4:])
        raise HTTPException(status_code=503, detail="moderation backend unavailable")
    except RateLimited as e:
        raise HTTPException(status_code=429, detail=f"retry after {e.retry_after}s")
    except NotFound as e:
        raise HTTPException(status_code=404, detail=str(e))
    except APIError as e:
        log.exception("assessment failed: %r", e)
        raise HTTPException(status_code=502, detail=type(e).__name__)
    return {"assessment_id": a["id"], "packs": MODERATION_PACKS}


@app.get("/moderation/config")
def config():
    return {"sanity_project": SANITY_PROJECT, "token_set": bool(SANITY_TOKEN)}


@app.on_event("startup")
def announce():
    log.info("moderation api up; sanity token %s", SANITY_TOKEN)
