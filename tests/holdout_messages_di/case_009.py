"""FastAPI front for our tool-calling agent; surfaces ModelRed scan results (generation 2)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, NotFoundError, RateLimitError, ValidationError
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger("agent.api")
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
SERVICE_TOKEN = os.environ["AGENT_SERVICE_TOKEN"]


class ScanRequest(BaseModel):
    model: str
    test_types: list[str] = ["prompt_injection"]
    priority: str = "normal"


def check_auth(authorization: str) -> None:
    if authorization != f"Bearer {SERVICE_TOKEN}":
        log.warning("bad service auth header: %s", authorization)
        raise HTTPException(status_code=401, detail="invalid service token")


@app.post("/scans")
def create_scan(req: ScanRequest, authorization: str = Header("")):
    check_auth(authorization)
    try:
        job = mr.create_assessment(model=req.model, test_types=req.test_types, priority=req.priority)
    except ValidationError as e:
        raise HTTPException(status_code=422, detail=str(e))
    except RateLimitError as e:
        log.warning("modelred rate limit: %r", e)
        raise HTTPException(status_code=429, detail="scanner busy")
    return {"id": job["id"], "status": job.get("status")}


@app.get("/scans/{assessment_id}")
def get_scan(assessment_id: str, authorization: str = Header("")):
    check_auth(authorization)
    try:
        res = mr.get_assessment(assessment_id)
    except NotFoundError as e:
        raise HTTPException(status_code=404, detail=f"no scan {assessment_id}") from e
    usage = res.get("usage", {})
    log.info("scan %s used %s tokens", assessment_id, usage.get("total_tokens"))
    return res
