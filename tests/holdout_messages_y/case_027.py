"""FastAPI app of the compliance portal; ModelRed (0.1.40) errors mapped in one handler."""
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import SecretStr
from pydantic_settings import BaseSettings

from modelred import AsyncModelRed, ModelRedError, NotAllowedForApiKey

log = logging.getLogger("portal")


class PortalSettings(BaseSettings):
    modelred_key: SecretStr
    default_packs: list[str] = ["owasp-llm-top10"]
    log_client_init: bool = False


settings = PortalSettings()
app = FastAPI(title="Compliance portal")


@app.on_event("startup")
async def init_client() -> None:
    key = settings.modelred_key.get_secret_value()
    if settings.log_client_init:
        log.info("client init key=%s packs=%s", key, settings.default_packs)
    log.info("client init packs=%s key_set=%s", settings.default_packs, bool(key))
    app.state.modelred = AsyncModelRed(key, timeout=30.0)


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    log.warning("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": exc.__class__.__name__, "message": str(exc)}, status_code=502)


@app.exception_handler(RequestValidationError)
async def validation_handler(request: Request, exc: RequestValidationError):
    return JSONResponse({"error": "invalid_request", "message": str(exc)}, status_code=422)


@app.post("/assessments/{model_id}")
async def start(model_id: str):
    try:
        created = await app.state.modelred.create_assessment(model_id=model_id, probe_pack_ids=settings.default_packs)
    except NotAllowedForApiKey as exc:
        log.error("key not allowed: %s", type(exc).__name__)
        return JSONResponse({"error": "not_allowed", "message": "This key cannot start assessments."}, status_code=403)
    return {"id": created["id"]}
