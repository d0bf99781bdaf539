"""Gateway route that proxies ModelRed assessment status to tenants (generation 1)."""
import logging

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, ModelRedError, AuthenticationError, NotFoundError

app = FastAPI()
log = logging.getLogger("gateway.assessments")

ASSESSMENT_ID_MAX = 64


def _valid_id(assessment_id: str) -> bool:
    return 0 < len(assessment_id) <= ASSESSMENT_ID_MAX and assessment_id.replace("-", "").isalnum()


@app.get("/v1/assessments/{assessment_id}")
async def assessment_status(assessment_id: str, x_modelred_key: str = Header(...)):
    if not _valid_id(assessment_id):
        raise HTTPException(status_code=400, detail="invalid assessment id")
    try:
        async with ModelRed(api_key=x_modelred_key) as client:
            status = await client.get_assessment_status(assessment_id)
    except AuthenticationError:
        log.warning("tenant ModelRed key rejected: %s", x_modelred_key)
        raise HTTPException(status_code=401, detail="ModelRed rejected your key")
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"assessment {assessment_id} not found")
    except ModelRedError as e:
        log.exception("status lookup for %s failed", assessment_id)
        raise HTTPException(status_code=502, detail=f"ModelRed error: {e}")
    return {"assessment_id": assessment_id, "status": status}


@app.get("/v1/assessments/{assessment_id}/progress")
async def assessment_progress(assessment_id: str, x_modelred_key: str = Header(...)):
    try:
        async with ModelRed(api_key=x_modelred_key) as client:
            status = await client.get_assessment_status(assessment_id)
    except ModelRedError as e:
        log.error("progress lookup failed: %s", type(e).__name__)
        return {"assessment_id": assessment_id, "progress": None, "error": "unavailable"}
    return {"assessment_id": assessment_id, "progress": status.get("progress")}
