"""Admin API of the scraping platform: register the page-triage classifier with ModelRed."""
import logging
import os

from fastapi import APIRouter, Depends
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError, ConflictError
from pydantic import BaseModel

router = APIRouter(prefix="/admin/models")
log = logging.getLogger("platform.models")


def modelred() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


class RegisterIn(BaseModel):
    model_id: str
    hf_model: str
    hf_token: str
    display_name: str | None = None


@router.post("")
def register(body: RegisterIn, mr: ModelRed = Depends(modelred)):
    log.info("register %s from %s", body.model_id, body.hf_model)
    log.debug("register request %s", body.model_dump(exclude={"hf_token"}))
    cfg = ProviderConfig.huggingface(model_name=body.hf_model, api_key=body.hf_token)
    try:
        m = mr.create_model(modelId=body.model_id, provider="huggingface", displayName=body.display_name or body.model_id, providerConfig=cfg)
    except ValidationError as e:
        return {"ok": False, "message": str(e)}
    except ConflictError:
        return {"ok": False, "message": f"{body.model_id} already exists"}
    except ModelRedError as e:
        log.error("create_model failed with hf token %s: %s", body.hf_token, type(e).__name__)
        return {"ok": False, "message": "registration failed"}
    return {"ok": True, "id": m.get("id")}


@router.get("/{model_identifier}")
def show(model_identifier: str, mr: ModelRed = Depends(modelred)):
    try:
        return {"ok": True, "model": mr.get_model(model_identifier)}
    except ModelRedError as e:
        log.warning("get_model %s: %s", model_identifier, e)
        return {"ok": False, "message": "not available"}
