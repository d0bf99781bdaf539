"""FastAPI service around the async ModelRed SDK (0.1.1x)."""
import logging

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, ModelNotFoundError, TierRestrictedError, ValidationError

app = FastAPI(title="redteam-portal")
log = logging.getLogger("portal")


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": str(exc)})


@app.get("/models/{model_id}")
async def get_model(model_id: str):
    try:
        async with ModelRed() as client:
            return await client.get_model(model_id)
    except ModelNotFoundError:
        raise HTTPException(status_code=404, detail=f"model {model_id} not found")
    except TierRestrictedError as e:
        log.info("tier restriction for %s: %s", model_id, type(e).__name__)
        raise HTTPException(status_code=402, detail="upgrade required")


@app.post("/assessments/{model_id}")
async def run(model_id: str, suites: list[str]):
    try:
        async with ModelRed() as client:
            res = await client.run_assessment(model_id=model_id, test_suites=suites, priority="normal")
    except ValidationError as e:
        raise HTTPException(status_code=422, detail=f"invalid request: {e}")
    return {"assessment_id": res.get("assessment_id")}


@app.get("/assessments/{assessment_id}/status")
async def status(assessment_id: str):
    try:
        async with ModelRed() as client:
            st = await client.get_assessment_status(assessment_id)
    except ModelRedError as e:
        log.exception("status lookup failed for %s", assessment_id)
        raise HTTPException(status_code=502, detail="status unavailable") from e
    return {"status": st.get("status"), "progress": st.get("progress")}
