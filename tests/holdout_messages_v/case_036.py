"""FastAPI service exposing ModelRed assessments to the internal portal (SDK generation 1)."""

import logging

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import AuthenticationError, ModelNotFoundError, ModelRed, ModelRedError, TierRestrictedError

app = FastAPI(title="redteam-portal")
logger = logging.getLogger("portal")


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError) -> JSONResponse:
    logger.error("unhandled ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "redteam_backend_error", "message": str(exc)})


@app.post("/assessments/{model_id}")
async def start(model_id: str, suites: list[str]):
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=False)
        except ModelNotFoundError:
            raise HTTPException(status_code=404, detail=f"model {model_id} is not registered")
        except TierRestrictedError as exc:
            raise HTTPException(status_code=403, detail=f"your plan does not allow this: {exc}")
        except AuthenticationError:
            logger.critical("ModelRed service key rejected")
            raise HTTPException(status_code=503, detail="red-team backend unavailable")
    return {"assessment_id": result["assessment_id"]}


@app.get("/assessments/{assessment_id}")
async def status(assessment_id: str):
    async with ModelRed() as client:
        try:
            return await client.get_assessment_status(assessment_id)
        except ModelRedError as exc:
            raise HTTPException(status_code=502, detail=type(exc).__name__) from exc


@app.get("/healthz")
async def healthz():
    try:
        async with ModelRed() as client:
            await client.validate_api_key()
    except ModelRedError as exc:
        logger.warning("healthz: %r", exc)
        return {"ok": False}
    return {"ok": True}
