"""FastAPI app over the generation-1 async SDK with global exception handlers."""
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from modelred import AuthenticationError, ModelRed, ModelRedError, SubscriptionLimitError

app = FastAPI()
log = logging.getLogger("api")


class AssessRequest(BaseModel):
    model_id: str
    test_suites: list[str] = ["basic_security"]
    priority: str = "normal"


@app.exception_handler(AuthenticationError)
async def auth_failed(request: Request, exc: AuthenticationError) -> JSONResponse:
    log.error("modelred auth failure on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "service misconfigured"}, status_code=503)


@app.exception_handler(SubscriptionLimitError)
async def limit(request: Request, exc: SubscriptionLimitError) -> JSONResponse:
    return JSONResponse({"error": type(exc).__name__}, status_code=402)


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError) -> JSONResponse:
    log.warning("modelred error on %s", request.url.path)
    return JSONResponse({"error": "assessment service error", "detail": f"{exc}"}, status_code=502)


@app.post("/assess")
async def assess(body: AssessRequest) -> dict:
    async with ModelRed() as client:
        result = await client.run_assessment(model_id=body.model_id, test_suites=body.test_suites,
                                             priority=body.priority)
    log.info("assessment %s for %s", result.get("assessment_id"), body.model_id)
    return {"assessment_id": result.get("assessment_id")}


@app.get("/assess/{assessment_id}")
async def status(assessment_id: str) -> dict:
    async with ModelRed() as client:
        st = await client.get_assessment_status(assessment_id)
    return {"status": st.get("status"), "progress": st.get("progress")}
