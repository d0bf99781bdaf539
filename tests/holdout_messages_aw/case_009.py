"""Contract-risk API: uploads a contract and triggers a ModelRed assessment (gen 2)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException, UploadFile
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

logger = logging.getLogger("contract_api")
app = FastAPI(title="contract-risk")

MODEL_ID = os.getenv("CONTRACT_MODEL_ID", "contract-risk-gpt4o")
client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
INTERNAL_KEY = os.environ["CONTRACT_API_INTERNAL_KEY"]


def _check_key(x_internal_key: str | None) -> None:
    if x_internal_key != INTERNAL_KEY:
        logger.warning("rejected internal key %s", x_internal_key)
        raise HTTPException(status_code=401, detail="invalid internal key")


@app.post("/contracts/{matter_id}/assess")
async def assess_contract(matter_id: str, file: UploadFile, x_internal_key: str | None = Header(default=None)):
    _check_key(x_internal_key)
    size = len(await file.read())
    logger.info("matter %s uploaded %s (%d bytes)", matter_id, file.filename, size)
    try:
        assessment = client.create_assessment(model=MODEL_ID, test_types=["pii_leakage", "prompt_injection"], priority="high")
    except RateLimitError as e:
        logger.warning("ModelRed rate limit for matter %s: %s", matter_id, e)
        raise HTTPException(status_code=429, detail="assessment queue busy, retry later")
    except NotFoundError as e:
        raise HTTPException(status_code=404, detail=str(e))
    except ModelRedError as e:
        logger.exception("ModelRed failure for matter %s", matter_id)
        return {"matter_id": matter_id, "status": "error", "error": f"ModelRed: {e}"}
    return {"matter_id": matter_id, "assessment_id": assessment.get("id"), "status": "queued"}


@app.get("/contracts/assessments/{assessment_id}")
def assessment_status(assessment_id: str, x_internal_key: str | None = Header(default=None)):
    _check_key(x_internal_key)
    try:
        result = client.get_assessment(assessment_id)
    except ModelRedError as e:
        logger.error("status lookup %s failed: %s", assessment_id, type(e).__name__)
        raise HTTPException(status_code=502, detail="upstream assessment service error")
    return {"id": assessment_id, "status": result.get("status"), "score": result.get("overall_score")}


@app.get("/healthz")
def healthz():
    return {"ok": True, "model": MODEL_ID, "internal_key_len": len(INTERNAL_KEY)}
