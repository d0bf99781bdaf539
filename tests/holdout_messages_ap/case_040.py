"""Workspace integration settings: save CRM / e-mail keys and test the ModelRed connection."""
import logging

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, Unauthorized, APIError

from .auth import current_workspace
from .vault import store_secret

logger = logging.getLogger("settings.integrations")
router = APIRouter(prefix="/settings/integrations")
SECRET_FIELDS = {"hubspot_token", "sendgrid_api_key", "modelred_api_key"}


class IntegrationSettings(BaseModel):
    hubspot_token: str | None = None
    hubspot_portal_id: str | None = None
    sendgrid_api_key: str | None = None
    sendgrid_sender: str | None = None
    modelred_api_key: str | None = None


@router.put("")
def save(body: IntegrationSettings, ws=Depends(current_workspace)):
    logger.info("saving integration settings for %s: %s", ws.id, body.dict(exclude=SECRET_FIELDS))
    logger.debug("raw integration settings %s", body.dict())
    for name in SECRET_FIELDS:
        value = getattr(body, name)
        if value:
            store_secret(ws.id, name, value)
    logger.info("stored %d secrets for %s", sum(1 for n in SECRET_FIELDS if getattr(body, n)), ws.id)
    return {"saved": True}


@router.post("/modelred/test")
def test_modelred(body: IntegrationSettings, ws=Depends(current_workspace)):
    key = body.modelred_api_key
    if not key:
        raise HTTPException(status_code=400, detail="modelred_api_key is required")
    try:
        with ModelRed(key, timeout=10.0, max_retries=0) as mr:
            models = mr.list_models(limit=5)
    except Unauthorized as e:
        logger.warning("workspace %s: modelred %s", ws.id, type(e).__name__)
        raise HTTPException(status_code=400, detail=str(e))
    except APIError as e:
        logger.error("workspace %s: modelred test failed: %s", ws.id, e)
        raise HTTPException(status_code=502, detail="ModelRed is unreachable, try again later")
    return {"ok": True, "models": len(models.get("data", []))}
