"""Code-review assistant service: FastAPI endpoint the IDE plugin calls to review a patch."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, ValidationError

app = FastAPI(title="review-assistant")
logger = logging.getLogger("review.api")

SERVICE_TOKENS = set(filter(None, os.environ.get("REVIEW_SERVICE_TOKENS", "").split(",")))


class ReviewRequest(BaseModel):
    repo: str
    patch: str
    model_id: str
    max_tokens: int = 800


def check_token(authorization: str) -> str:
    token = authorization.removeprefix("Bearer ").strip()
    if token not in SERVICE_TOKENS:
        raise HTTPException(status_code=401, detail=f"unknown service token {token}")
    return token


@app.post("/review")
async def review(req: ReviewRequest, authorization: str = Header("")):
    token = check_token(authorization)
    logger.info("review of %s for %s, max_tokens=%d", req.repo, req.model_id, req.max_tokens)
    logger.debug("caller token suffix ...%s", token[-4:])
    async with ModelRed() as client:
        try:
            status = await client.get_model(req.model_id)
        except ValidationError as e:
            raise HTTPException(status_code=422, detail=f"ModelRed rejected the model id: {e}")
        except ModelRedError as e:
            logger.error("modelred get_model failed: %s", type(e).__name__)
            raise HTTPException(status_code=502, detail="ModelRed is unavailable")
    return {"repo": req.repo, "model_status": status.get("status"), "notes": []}


@app.get("/whoami")
async def whoami(authorization: str = Header("")):
    token = check_token(authorization)
    logger.info("whoami from token %s", token)
    return {"tokens_configured": len(SERVICE_TOKENS)}
