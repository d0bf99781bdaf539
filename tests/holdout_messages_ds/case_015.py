"""Deep health endpoint, polled by the staging smoke job and the uptime checker."""
import logging
import os
import time
from dataclasses import dataclass, field

import httpx
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, RateLimitError

log = logging.getLogger("health")
router = APIRouter()


@dataclass
class HealthSettings:
    openai_api_key: str = field(default_factory=lambda: os.environ.get("OPENAI_API_KEY", ""))
    modelred_api_key: str = field(default_factory=lambda: os.environ.get("MODELRED_API_KEY", ""))
    openai_base: str = "https://api.openai.com/v1"
    probe_model: str = "support-bot-staging"


settings = HealthSettings()
log.debug("health settings loaded: %r", settings)
log.info("health probes: openai at %s, modelred model %s", settings.openai_base, settings.probe_model)


async def check_openai():
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(f"{settings.openai_base}/models", headers={"Authorization": f"Bearer {settings.openai_api_key}"})
    return {"ok": resp.status_code == 200, "status": resp.status_code}


async def check_modelred():
    try:
        async with AsyncModelRed(api_key=settings.modelred_api_key) as client:
            model = await client.get_model(settings.probe_model)
        return {"ok": True, "model": model.get("modelId")}
    except RateLimitError as exc:
        log.warning("modelred health rate limited: %s", exc)
        return {"ok": True, "degraded": type(exc).__name__}
    except ModelRedError as exc:
        return {"ok": False, "error": f"{exc}"}


@router.get("/healthz/deep")
async def deep_health():
    started = time.perf_counter()
    checks = {"openai": await check_openai(), "modelred": await check_modelred()}
    healthy = all(c["ok"] for c in checks.values())
    body = {"healthy": healthy, "checks": checks, "took_ms": round((time.perf_counter() - started) * 1000)}
    return JSONResponse(body, status_code=200 if healthy else 503)


@router.get("/healthz")
async def shallow_health():
    configured = {"openai": bool(settings.openai_api_key), "modelred": bool(settings.modelred_api_key)}
    log.debug("shallow health, keys configured: %s", configured)
    return {"ok": True, "configured": configured}
