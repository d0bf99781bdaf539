"""Internal API: the QA team triggers red-team runs of the IVR intent model from the wallboard."""
import logging
import os

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from modelred import APIError, ModelRed, NotAllowedForApiKey, RateLimited, Unauthorized

log = logging.getLogger("qa.redteam")
app = FastAPI(title="ivr-redteam")

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
PACKS = {"ivr": ["pp_prompt_injection", "pp_pii_leak"], "sms": ["pp_toxicity"]}


class RunRequest(BaseModel):
    model_id: str
    channel: str = "ivr"


def client() -> ModelRed:
    return ModelRed(MODELRED_KEY, timeout=20.0, max_retries=2)


@app.post("/runs")
def start_run(req: RunRequest):
    if req.channel not in PACKS:
        raise HTTPException(400, f"unknown channel {req.channel}")
    try:
        with client() as mr:
            run = mr.create_assessment(model_id=req.model_id, probe_pack_ids=PACKS[req.channel], priority="high")
    except Unauthorized:
        log.critical("modelred key rejected (len=%d)", len(MODELRED_KEY))
        raise HTTPException(502, "red-team service credentials are invalid")
    except RateLimited as e:
        log.warning("rate limited: %s", e)
        raise HTTPException(429, f"busy, retry after {e.retry_after}s")
    except NotAllowedForApiKey as e:
        return {"ok": False, "error": e.message}
    except APIError as e:
        log.exception("create_assessment failed for %s", req.model_id)
        raise HTTPException(status_code=502, detail=f"ModelRed error: {e}")
    return {"ok": True, "assessment_id": run["id"]}


@app.get("/runs/{assessment_id}")
def run_status(assessment_id: str):
    try:
        with client() as mr:
            a = mr.get_assessment(assessment_id)
    except APIError as e:
        log.error("get_assessment %s: status=%s", assessment_id, e.status_code)
        raise HTTPException(502, f"lookup failed ({type(e).__name__})")
    return {"status": a["status"], "score": a.get("score")}
