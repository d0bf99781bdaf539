"""Provision routed models into ModelRed (0.1.3x) and start assessments from the gateway admin API."""
from __future__ import annotations

import logging
import os

from fastapi import APIRouter, HTTPException
from modelred import ModelRedClient, ProviderConfig, ModelRedError, ConflictError, RateLimitError

log = logging.getLogger("gateway.modelred")
router = APIRouter(prefix="/admin/modelred")

MR_KEY_VAR = "MODELRED_API_KEY"


def client() -> ModelRedClient:
    return ModelRedClient(api_key=os.environ[MR_KEY_VAR])


@router.post("/models/{route}")
def provision(route: str, upstream_model: str = "openai/gpt-4o-mini") -> dict:
    or_key = os.environ["OPENROUTER_API_KEY"]
    cfg = ProviderConfig.openrouter(api_key=or_key, model=upstream_model)
    log.debug("provider config for %s: %s", route, cfg)
    log.debug("provisioning %s -> %s (key ...%s)", route, upstream_model, or_key[-4:])
    try:
        model = client().create_model(modelId=f"gw-{route}", provider="openrouter", displayName=f"Gateway {route}", providerConfig=cfg)
    except ConflictError:
        log.info("model gw-%s exists already", route)
        return {"model_id": f"gw-{route}", "created": False}
    except ModelRedError as e:
        log.error("create_model failed for %s: %r", route, e)
        raise HTTPException(status_code=502, detail=f"ModelRed error: {e}")
    return {"model_id": model.get("modelId", f"gw-{route}"), "created": True}


@router.post("/assessments/{route}")
def assess(route: str, test_types: str = "prompt_injection,jailbreak") -> dict:
    try:
        a = client().create_assessment(model=f"gw-{route}", test_types=test_types.split(","), priority="high")
    except RateLimitError as e:
        raise HTTPException(status_code=429, detail="ModelRed rate limit, retry later") from e
    except ModelRedError as e:
        log.warning("assessment for %s failed: %s", route, type(e).__name__)
        raise HTTPException(status_code=502, detail="assessment failed") from e
    return {"assessment_id": a.get("id"), "max_tokens": a.get("max_tokens")}
