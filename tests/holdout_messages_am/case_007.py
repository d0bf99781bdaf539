"""Registers the storefront recommender with ModelRed (SDK 0.1.3x) and starts a scan."""
import logging
import os

from fastapi import APIRouter, HTTPException
from modelred import ModelRed, ProviderConfig, NotFoundError, ConflictError, RateLimitError

router = APIRouter(prefix="/internal/safety")
log = logging.getLogger("recs.safety")

MODEL_ID = "storefront-recommender-v2"
TEST_TYPES = ["prompt_injection", "jailbreak", "pii_leakage"]


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@router.post("/register")
def register(display_name: str = "Storefront recommender") -> dict:
    openai_key = os.environ["OPENAI_API_KEY"]
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini", max_tokens=512)
    log.info("registering %s as %r (max_tokens=512)", MODEL_ID, display_name)
    log.debug("provider config: %s", cfg)
    client = _client()
    try:
        model = client.create_model(modelId=MODEL_ID, provider="openai", displayName=display_name, providerConfig=cfg)
    except ConflictError as e:
        log.info("model already registered: %s", e)
        return {"model": MODEL_ID, "created": False}
    return {"model": model["modelId"], "created": True}


@router.post("/scan")
def scan(priority: str = "normal") -> dict:
    client = _client()
    try:
        assessment = client.create_assessment(model=MODEL_ID, test_types=TEST_TYPES, priority=priority)
    except NotFoundError as e:
        raise HTTPException(status_code=404, detail=str(e))
    except RateLimitError as e:
        log.warning("rate limited starting scan: %r", e)
        raise HTTPException(status_code=429, detail="ModelRed is busy, retry shortly")
    return {"assessment_id": assessment["id"], "status": assessment["status"]}


@router.get("/scan/{assessment_id}")
def scan_status(assessment_id: str) -> dict:
    client = _client()
    result = client.get_assessment(assessment_id)
    return {"status": result["status"], "score": result.get("score")}
