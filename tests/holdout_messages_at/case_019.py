"""Recruiter copilot API (FastAPI): candidate Q&A; ModelRed gen 3 status endpoint."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, NotFound, Forbidden, NotAllowedForApiKey

app = FastAPI()
access_log = logging.getLogger("copilot.access")
INTERNAL_KEY = os.environ["COPILOT_INTERNAL_KEY"]
mr = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1)


class Ask(BaseModel):
    candidate_id: str
    question: str


def check_key(x_api_key: str | None) -> None:
    if x_api_key is None:
        raise HTTPException(status_code=401, detail="missing X-Api-Key header")
    if x_api_key != INTERNAL_KEY:
        access_log.warning("rejected x-api-key %s", x_api_key)
        raise HTTPException(status_code=403, detail=f"invalid key {x_api_key}")


@app.post("/ask")
def ask(body: Ask, x_api_key: str | None = Header(default=None)):
    check_key(x_api_key)
    access_log.info("ask candidate=%s len=%d", body.candidate_id, len(body.question))
    return {"answer": "stub"}


@app.get("/safety/{assessment_id}")
def safety(assessment_id: str, x_api_key: str | None = Header(default=None)):
    check_key(x_api_key)
    try:
        return mr.get_assessment(assessment_id)
    except NotFound:
        raise HTTPException(status_code=404, detail="assessment not found")
    except (Forbidden, NotAllowedForApiKey) as e:
        access_log.error("modelred forbids %s: %s", assessment_id, e)
        raise HTTPException(status_code=403, detail=f"{type(e).__name__}")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"upstream: {e}")


@app.get("/healthz")
def healthz():
    return {"ok": True, "internal_key_configured": bool(INTERNAL_KEY)}
