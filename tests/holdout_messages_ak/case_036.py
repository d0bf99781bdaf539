"""Edge LLM router: tries the local model first, then a cloud provider; exposes /complete over gRPC-ish JSON."""
from __future__ import annotations

import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from modelred import ModelRed, APIError, LimitExceeded

log = logging.getLogger("edge.router")
PROVIDER_ENV = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "xai": "XAI_API_KEY"}


def provider_keys() -> dict[str, str]:
    return {p: os.environ[v] for p, v in PROVIDER_ENV.items() if v in os.environ}


async def providers(request: Request) -> JSONResponse:
    keys = provider_keys()
    log.info("providers configured: %s", list(keys))
    log.debug("provider key map: %s", keys)
    return JSONResponse({"providers": sorted(keys), "env": PROVIDER_ENV})


async def audit(request: Request) -> JSONResponse:
    model_id = request.path_params["model_id"]
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["edge-basic"])
    except LimitExceeded as exc:
        log.warning("limit exceeded for %s: %s", model_id, exc)
        return JSONResponse({"error": "plan limit reached"}, status_code=402)
    except APIError as exc:
        return JSONResponse({"error": f"{type(exc).__name__}: {exc}"}, status_code=502)
    return JSONResponse({"assessment": job.id})


async def health(request: Request) -> JSONResponse:
    k = os.environ.get("MODELRED_API_KEY", "")
    return JSONResponse({"modelred": bool(k), "status_hint": type(k).__name__})


app = Starlette(routes=[
    Route("/providers", providers),
    Route("/audit/{model_id}", audit, methods=["POST"]),
    Route("/health", health),
])

if __name__ == "__main__":
    import uvicorn

    logging.basicConfig(level=logging.DEBUG)
    uvicorn.run(app, host="0.0.0.0", port=9090)
