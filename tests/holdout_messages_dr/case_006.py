"""Hand-written Starlette app that registers models and schedules ModelRed scans (SDK 0.1.3x)."""
import logging
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from modelred import AsyncModelRed, ModelRedError, ProviderConfig, ValidationError

log = logging.getLogger("scans")
MODELRED_KEY = os.getenv("MODELRED_API_KEY", "")
OPENAI_KEY = os.getenv("OPENAI_API_KEY", "")


class TimingMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        log.info("%s %s -> %s", request.method, request.url.path, response.status_code)
        return response


async def register(request: Request):
    body = await request.json()
    model_id = body["model_id"]
    config = ProviderConfig.openai(api_key=OPENAI_KEY, model_name=body.get("model_name", "gpt-4o-mini"))
    log.debug("registering %s with provider config %s", model_id, config)
    async with AsyncModelRed(api_key=MODELRED_KEY) as client:
        model = await client.create_model(modelId=model_id, provider="openai", displayName=body.get("name", model_id), providerConfig=config)
    return JSONResponse({"model": model}, status_code=201)


async def scan(request: Request):
    body = await request.json()
    async with AsyncModelRed(api_key=MODELRED_KEY) as client:
        try:
            assessment = await client.create_assessment(model=body["model"], test_types=body.get("test_types", ["prompt_injection"]), priority="high")
        except ValidationError as exc:
            log.warning("validation failed for %s: %s", body["model"], exc)
            return JSONResponse({"error": "invalid request"}, status_code=422)
    return JSONResponse({"assessment_id": assessment["id"]}, status_code=202)


async def modelred_error(request: Request, exc: ModelRedError):
    return JSONResponse({"error": "modelred", "message": str(exc)}, status_code=502)


async def on_startup():
    if not MODELRED_KEY:
        log.error("MODELRED_API_KEY is empty: %r", MODELRED_KEY)
    log.info("scan service up, OpenAI key present=%s", bool(OPENAI_KEY))


app = Starlette(
    routes=[Route("/models", register, methods=["POST"]), Route("/scans", scan, methods=["POST"])],
    middleware=[Middleware(TimingMiddleware)],
    exception_handlers={ModelRedError: modelred_error},
    on_startup=[on_startup],
)
