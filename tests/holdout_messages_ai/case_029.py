"""Moodle AI-assistant plugin backend (FastAPI, async) running ModelRed gen 2 scans per course."""
import logging
import os

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRedClient, ModelRedError, NotFoundError, RateLimitError

router = APIRouter(prefix="/moodle")
log = logging.getLogger("moodle.ai")


class ScanRequest(BaseModel):
    courseid: int
    model: str
    test_types: list[str] = ["toxicity", "prompt_injection"]
    wstoken: str


async def _client() -> AsyncModelRedClient:
    return AsyncModelRedClient(api_key=os.getenv("MODELRED_API_KEY"))


@router.post("/scan")
async def scan(req: ScanRequest):
    log.info("course %s requests scan of %s (%s)", req.courseid, req.model, ",".join(req.test_types))
    if len(req.wstoken) != 32:
        log.warning("odd wstoken from course %s: %s", req.courseid, req.wstoken)
        raise HTTPException(400, "bad web-service token")
    client = await _client()
    try:
        a = await client.create_assessment(model=req.model, test_types=req.test_types, priority="normal")
    except NotFoundError:
        raise HTTPException(404, f"model {req.model} not registered")
    except RateLimitError as e:
        log.info("rate limited: %s", e)
        raise HTTPException(429, "try again later")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed: {e}")
    return {"assessment_id": a["id"], "course": req.courseid}


@router.get("/scan/{assessment_id}")
async def result(assessment_id: str):
    client = await _client()
    try:
        data = await client.get_assessment(assessment_id)
    except ModelRedError as e:
        log.error("fetch %s failed: %s", assessment_id, type(e).__name__)
        raise HTTPException(502, "scanner unavailable")
    return {"status": data.get("status"), "score": data.get("overallScore")}
