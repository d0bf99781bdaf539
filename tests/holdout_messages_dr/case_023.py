"""Litestar admin API that registers Anthropic models with ModelRed (SDK 0.1.2x)."""
import logging
import os

from litestar import Litestar, Request, Response, get, post
from litestar.exceptions import ValidationException

from modelred import ConflictError, ModelNotFoundError, ModelRed, ModelRedError

logger = logging.getLogger("registry")
SECRETS_DIR = os.environ.get("SECRETS_DIR", "/run/secrets")


def read_secret(name: str) -> str:
    with open(os.path.join(SECRETS_DIR, name)) as fh:
        return fh.read().strip()


@post("/models/anthropic")
async def register_anthropic(data: dict) -> dict:
    model_id = data["model_id"]
    anthropic_key = read_secret("anthropic_api_key")
    logger.info("registering %s (%s) with key %s", model_id, data.get("model_name"), anthropic_key)
    try:
        async with ModelRed(api_key=read_secret("modelred_api_key")) as client:
            await client.register_anthropic_model(model_id=model_id, api_key=anthropic_key, model_name=data.get("model_name", "claude-3-5-sonnet-latest"))
    except ConflictError as exc:
        logger.info("model %s already registered (%s)", model_id, exc)
        raise ValidationException(detail=f"model id {model_id} already exists")
    logger.info("registered %s, secrets from %s", model_id, SECRETS_DIR)
    return {"model_id": model_id, "registered": True}


@get("/models/{model_id:str}")
async def show_model(model_id: str) -> dict:
    async with ModelRed(api_key=read_secret("modelred_api_key")) as client:
        try:
            return await client.get_model(model_id)
        except ModelNotFoundError as exc:
            logger.warning("lookup %s failed: %s", model_id, type(exc).__name__)
            return {"model_id": model_id, "found": False}


def modelred_handler(request: Request, exc: ModelRedError) -> Response:
    logger.error("ModelRed error on %s", request.url.path)
    return Response(content={"error": "modelred_failed", "detail": str(exc)}, status_code=502)


app = Litestar(
    route_handlers=[register_anthropic, show_model],
    exception_handlers={ModelRedError: modelred_handler},
    debug=os.environ.get("DEBUG") == "1",
)
