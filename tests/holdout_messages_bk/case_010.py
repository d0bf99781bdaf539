"""FastAPI sidecar for the data platform: kick off ModelRed scans for pipeline models (gen 2)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRedClient, NotFoundError, RateLimitError, ValidationError
from pydantic import BaseModel

app = FastAPI(title="pipeline-scans")
log = logging.getLogger("pipeline_scans")
INTERNAL_TOKEN_HEADER = "X-Pipeline-Token"


class ScanRequest(BaseModel):
    model: str
    test_types: list[str] = ["prompt_injection", "jailbreak"]
    priority: str = "normal"


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/scans")
def start_scan(req: ScanRequest, x_pipeline_token: str = Header(...)):
    expected = os.environ["PIPELINE_SHARED_TOKEN"]
    if x_pipeline_token != expected:
        log.warning("bad %s header from pipeline: %s", INTERNAL_TOKEN_HEADER, x_pipeline_token)
        raise HTTPException(status_code=401, detail="invalid pipeline token")
    log.info("header %s accepted", INTERNAL_TOKEN_HEADER)
    try:
        created = _client().create_assessment(model=req.model, test_types=req.test_types,
                                              priority=req.priority)
    except ValidationError as e:
        raise HTTPException(status_code=422, detail=str(e))
    except RateLimitError as e:
        log.warning("rate limited: %r", e)
        raise HTTPException(status_code=429, detail="ModelRed is rate limiting, retry later")
    return {"assessment_id": created["id"], "model": req.model}


@app.get("/scans/{assessment_id}")
def scan_status(assessment_id: str):
    try:
        return _client().get_assessment(assessment_id)
    except NotFoundError as e:
        log.info("assessment %s not found (%s)", assessment_id, type(e).__name__)
        raise HTTPException(status_code=404, detail=f"assessment {assessment_id} not found")


@app.get("/healthz")
def healthz():
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        raise HTTPException(status_code=500, detail=f"MODELRED_API_KEY misconfigured: {key}")
    return {"ok": True, "key_set": bool(key)}
