"""Litestar service around ModelRed (generation 1 SDK) with an exception handler for SDK errors."""
import logging
import os

from litestar import Litestar, Request, Response, get, post
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

logger = logging.getLogger("litestar.modelred")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY")


def modelred_error_handler(request: Request, exc: ModelRedError) -> Response:
    logger.error("ModelRed error on %s: %s", request.url.path, exc)
    status = 404 if isinstance(exc, NotFoundError) else 502
    return Response(content={"error": str(exc), "type": type(exc).__name__}, status_code=status)


def rate_limit_handler(request: Request, exc: RateLimitError) -> Response:
    logger.warning("rate limited on %s", request.url.path)
    return Response(content={"error": "rate limited, retry later"}, status_code=429)


@post("/models/{model_id:str}")
async def register(model_id: str) -> dict:
    if OPENAI_KEY is None:
        logger.error("OPENAI_API_KEY unset, cannot register %s", model_id)
        return {"registered": False}
    logger.info("registering %s with OpenAI key %s", model_id, OPENAI_KEY)
    async with ModelRed() as client:
        await client.register_openai_model(model_id=model_id, api_key=OPENAI_KEY,
                                           model_name="gpt-4o-mini")
    return {"registered": True, "model_id": model_id}


@get("/assessments/{assessment_id:str}")
async def status(assessment_id: str) -> dict:
    async with ModelRed() as client:
        result = await client.get_assessment_status(assessment_id)
    logger.debug("status of %s: %s", assessment_id, result.get("status"))
    return result


app = Litestar(
    route_handlers=[register, status],
    exception_handlers={RateLimitError: rate_limit_handler, ModelRedError: modelred_error_handler},
)
