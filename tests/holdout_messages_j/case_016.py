"""FastAPI endpoints in front of ModelRed (generation 1 SDK)."""
import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

app = FastAPI()
logger = logging.getLogger("redteam.api")


class AssessmentRequest(BaseModel):
    model_id: str
    test_suites: list[str]


@app.post("/assessments")
async def start_assessment(req: AssessmentRequest):
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=req.model_id, test_suites=req.test_suites)
    except AuthenticationError as e:
        logger.error("ModelRed rejected our key: %s", e)
        raise HTTPException(status_code=503, detail="Red-teaming service is misconfigured")
    except QuotaExceededError as e:
        raise HTTPException(status_code=429, detail=f"Quota exceeded: {e}")
    except ModelRedError as e:
        logger.exception("assessment failed for %s", req.model_id)
        raise HTTPException(status_code=502, detail=type(e).__name__)
    return {"assessment_id": result.assessment_id, "status": result.status}


@app.get("/assessments/{assessment_id}")
async def assessment_status(assessment_id: str):
    try:
        async with ModelRed() as client:
            status = await client.get_assessment_status(assessment_id)
    except ModelRedError as e:
        return {"ok": False, "error": str(e)}
    return {"ok": True, "status": status}


@app.get("/health/modelred")
async def modelred_health():
    try:
        async with ModelRed() as client:
            ok = await client.validate_api_key()
    except ModelRedError as e:
        logger.warning("key validation failed: %s", e)
        return {"ok": False, "error": "validation failed"}
    return {"ok": bool(ok)}
