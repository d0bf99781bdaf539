"""Request-id middleware with loguru for a FastAPI LLM service."""
import os
import sys
import uuid

from fastapi import FastAPI, HTTPException, Request
from loguru import logger
from modelred import ModelRed, ModelRedError, NotFound, Unauthorized

logger.remove()
logger.add(sys.stdout, serialize=True, level="INFO")

app = FastAPI()
SERVICE_KEY = os.environ["MODELRED_API_KEY"]


@app.middleware("http")
async def request_id(request: Request, call_next):
    rid = request.headers.get("x-request-id") or uuid.uuid4().hex
    with logger.contextualize(request_id=rid, path=request.url.path):
        response = await call_next(request)
        response.headers["x-request-id"] = rid
        return response


@app.get("/assessments/{assessment_id}")
def assessment(assessment_id: str, request: Request):
    caller = request.headers.get("x-api-key", "")
    if caller != os.environ.get("SERVICE_CLIENT_KEY"):
        logger.bind(presented=caller).warning("bad client key")
        raise HTTPException(status_code=401, detail="unauthorised")
    try:
        with ModelRed(SERVICE_KEY) as client:
            return client.get_assessment(assessment_id)
    except NotFound:
        raise HTTPException(status_code=404, detail=f"assessment {assessment_id} not found")
    except Unauthorized as exc:
        logger.opt(exception=exc).error("service key rejected")
        raise HTTPException(status_code=502, detail="upstream authentication failed")
    except ModelRedError as exc:
        raise HTTPException(status_code=502, detail=f"ModelRed error: {exc}")


@app.get("/healthz")
def healthz():
    logger.info("health check, key configured={}", bool(SERVICE_KEY))
    return {"ok": True}
