"""Figma widget backend: stores each team's provider key and runs ModelRed checks (generation 2, async)."""
import logging
import os

import keyring
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ProviderConfig, ModelRedError, ConflictError

router = APIRouter(prefix="/figma-widget")
log = logging.getLogger("figma.widget")
SERVICE = "figma-widget-provider-keys"


class ConnectBody(BaseModel):
    team_id: str
    provider: str
    api_key: str
    display_name: str = "Figma widget model"


@router.post("/connect")
async def connect(body: ConnectBody):
    log.info("team %s connecting provider %s (%s)", body.team_id, body.provider, body.display_name)
    if body.provider not in ("openai", "anthropic"):
        raise HTTPException(400, f"unsupported provider {body.provider}")
    keyring.set_password(SERVICE, body.team_id, body.api_key)
    cfg = ProviderConfig.openai(api_key=body.api_key) if body.provider == "openai" else ProviderConfig.anthropic(api_key=body.api_key)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            model = await mr.create_model(modelId=f"figma-{body.team_id}", provider=body.provider, displayName=body.display_name, providerConfig=cfg)
        except ConflictError:
            log.info("model for team %s already exists", body.team_id)
            return {"status": "exists"}
        except ModelRedError as e:
            log.error("create_model failed with providerConfig %s: %s", cfg, type(e).__name__)
            raise HTTPException(502, "Could not register the model")
    return {"status": "created", "model": model.get("id")}


@router.get("/key-status/{team_id}")
async def key_status(team_id: str):
    key = keyring.get_password(SERVICE, team_id)
    if key is None:
        return {"connected": False}
    log.debug("team %s key %s", team_id, key)
    return {"connected": True, "hint": key[-4:], "length": len(key)}


@router.post("/scan/{team_id}")
async def scan(team_id: str):
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = await mr.create_assessment(model=f"figma-{team_id}", test_types=["prompt_injection"])
        except ModelRedError as e:
            raise HTTPException(502, detail=str(e))
    return {"assessment": a.get("id")}
