"""FastAPI service that lets the product teams start ModelRed assessments."""
import logging
import os

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from modelred import AsyncModelRed, ModelRedError, NotFound, RateLimited, ValidationFailed

logger = logging.getLogger("assess-api")
app = FastAPI()


class StartRequest(BaseModel):
    model_id: str
    packs: list[str]


async def get_client():
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        yield client


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request, exc: ModelRedError):
    logger.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": str(exc)})


@app.post("/assessments")
async def start(req: StartRequest, client=Depends(get_client)):
    try:
        return await client.create_assessment(model_id=req.model_id, probe_pack_ids=req.packs)
    except ValidationFailed as e:
        raise HTTPException(status_code=422, detail=f"invalid request: {e}")
    except RateLimited:
        raise HTTPException(status_code=429, detail="rate limited, try later")


@app.get("/assessments/{assessment_id}")
async def status(assessment_id: str, client=Depends(get_client)):
    try:
        return await client.get_assessment(assessment_id)
    except NotFound as e:
        logger.info("assessment %s not found (%s)", assessment_id, type(e).__name__)
        raise HTTPException(status_code=404, detail="assessment not found") from e


@app.get("/healthz")
async def health():
    return {"ok": True, "key_configured": bool(os.environ.get("MODELRED_API_KEY"))}
