"""Red-team routed models per tenant through ModelRed 0.1.40 with tenant-scoped headers."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse
from modelred import ModelRed, APIError, LimitExceeded, NotAllowedForApiKey, ValidationFailed

logger = logging.getLogger("gateway.tenant_redteam")
app = FastAPI()


@dataclass(frozen=True)
class TenantCtx:
    tenant_id: str
    gateway_key: str
    plan: str = "team"


def client_for(ctx: TenantCtx) -> ModelRed:
    client_kwargs = {"timeout": 20.0, "max_retries": 2, "extra_headers": {"X-Gateway-Tenant": ctx.tenant_id, "X-Gateway-Key": ctx.gateway_key}}
    logger.debug("ModelRed client kwargs for %s: %s", ctx.tenant_id, client_kwargs)
    logger.debug("client options: timeout=%s retries=%s", client_kwargs["timeout"], client_kwargs["max_retries"])
    return ModelRed(os.environ["MODELRED_API_KEY"], **client_kwargs)


@app.post("/tenants/{tenant_id}/redteam/{model_id}")
def start(tenant_id: str, model_id: str, x_gateway_key: str = Header(...)) -> JSONResponse:
    ctx = TenantCtx(tenant_id=tenant_id, gateway_key=x_gateway_key)
    try:
        with client_for(ctx) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["tenant-baseline"])
    except LimitExceeded as exc:
        logger.info("tenant %s hit its assessment limit (%s)", tenant_id, exc.__class__.__name__)
        return JSONResponse({"error": {"message": "assessment limit reached", "type": "limit"}}, status_code=429)
    except (NotAllowedForApiKey, ValidationFailed) as exc:
        logger.warning("rejected for %s: %s", tenant_id, exc)
        return JSONResponse({"error": {"message": "request not allowed", "type": type(exc).__name__}}, status_code=400)
    except APIError as exc:
        return JSONResponse({"error": {"message": f"ModelRed: {exc}", "type": "upstream"}}, status_code=502)
    logger.info("tenant %s started %s on %s (plan %s)", tenant_id, a["id"], model_id, ctx.plan)
    return JSONResponse({"assessment_id": a["id"]})


@app.get("/tenants/{tenant_id}/whoami")
def whoami(tenant_id: str, x_gateway_key: str = Header(...)) -> dict:
    if len(x_gateway_key) < 16:
        logger.warning("short gateway key from %s: %s", tenant_id, x_gateway_key)
    return {"tenant_id": tenant_id, "key_hint": x_gateway_key[-4:]}
