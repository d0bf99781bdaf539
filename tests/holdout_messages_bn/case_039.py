"""FastAPI text-to-SQL app; ModelRed (generation 1) scans exposed through an app-wide error handler."""
import logging
import os

from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError

app = FastAPI(title="t2sql")
api_log = logging.getLogger("t2sql.api")
API_KEYS = {k.strip() for k in os.environ.get("T2SQL_API_KEYS", "").split(",") if k.strip()}


def require_key(x_api_key: str = Header(default="")) -> str:
    if x_api_key not in API_KEYS:
        api_log.warning("unknown X-API-Key %s", x_api_key)
        raise PermissionError("invalid API key")
    api_log.info("authorised caller (%d known keys)", len(API_KEYS))
    return x_api_key


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    api_log.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "safety_service", "detail": str(exc)}, status_code=502)


@app.exception_handler(PermissionError)
async def forbidden(request: Request, exc: PermissionError):
    return JSONResponse({"error": "forbidden"}, status_code=403)


@app.post("/scan/{model_id}")
async def scan(model_id: str, key: str = Depends(require_key)):
    async with ModelRed() as client:
        res = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="high")
    api_log.info("scan %s for %s by key ...%s", res.assessment_id, model_id, key[-4:])
    return {"assessment_id": res.assessment_id}


@app.get("/suites")
async def suites(key: str = Depends(require_key)):
    async with ModelRed() as client:
        return await client.get_test_suites()


@app.on_event("startup")
async def check_config() -> None:
    if not API_KEYS:
        api_log.warning("T2SQL_API_KEYS is empty; every request will be rejected")
    mr_key = os.environ.get("MODELRED_API_KEY")
    if mr_key and not mr_key.startswith("mr_"):
        raise RuntimeError(f"MODELRED_API_KEY has the wrong prefix: {mr_key}")
    api_log.info("t2sql up; %d API keys loaded", len(API_KEYS))
