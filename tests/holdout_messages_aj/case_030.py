"""Admin API of the image-moderation service: registers the captioner with ModelRed (gen 2)."""
import logging
import os

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ModelRedError, ProviderConfig, ConflictError, NotFoundError

router = APIRouter(prefix="/admin/modelred")
log = logging.getLogger("moderation.admin")

GOOGLE_KEY = os.environ.get("GOOGLE_API_KEY")


class Registration(BaseModel):
    model_id: str
    display_name: str
    gemini_model: str = "gemini-1.5-flash"


def mr_client() -> AsyncModelRed:
    return AsyncModelRed(api_key=os.environ.get("MODELRED_API_KEY"))


@router.post("/models")
async def register(reg: Registration):
    cfg = ProviderConfig.google(api_key=GOOGLE_KEY, model_name=reg.gemini_model)
    log.info("registering %s (%s) on %s", reg.model_id, reg.display_name, reg.gemini_model)
    log.debug("provider config: %s", cfg)
    async with mr_client() as client:
        try:
            model = await client.create_model(modelId=reg.model_id, provider="google",
                                              displayName=reg.display_name, providerConfig=cfg)
        except ConflictError:
            raise HTTPException(status_code=409, detail=f"{reg.model_id} already registered")
        except ModelRedError as exc:
            raise HTTPException(status_code=502, detail=str(exc))
    return {"id": model["id"]}


@router.get("/models/{model_identifier}")
async def show(model_identifier: str):
    async with mr_client() as client:
        try:
            return await client.get_model(model_identifier)
        except NotFoundError:
            raise HTTPException(status_code=404, detail="unknown model")
        except ModelRedError as exc:
            log.error("get_model failed: %s", exc)
            raise HTTPException(status_code=502, detail="modelred unavailable")


@router.get("/health")
async def health():
    return {"google_key": GOOGLE_KEY is not None, "modelred_key_var": "MODELRED_API_KEY"}
