"""Generation-2 ModelRed scans triggered from the mobile admin app (FastAPI, async)."""
import logging
import os

from fastapi import APIRouter, Depends, HTTPException, Request
from modelred import AsyncModelRedClient, ProviderConfig, ModelRedError, NotFoundError, ValidationError

router = APIRouter(prefix="/admin")
alog = logging.getLogger("admin.scans")


async def get_client() -> AsyncModelRedClient:
    return AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@router.post("/models")
async def add_model(request: Request, mr: AsyncModelRedClient = Depends(get_client)):
    body = await request.json()
    provider_key = body.get("provider_api_key", "")
    if not provider_key.startswith(("sk-", "sk-ant-")):
        raise HTTPException(400, detail=f"unsupported key format: {provider_key}")
    cfg = ProviderConfig.openai(api_key=provider_key, model=body.get("model", "gpt-4o"))
    alog.info("registering %s for %s", body.get("model"), body.get("owner"))
    try:
        await mr.create_model(modelId=body["model_id"], provider="openai",
                              displayName=body.get("name", body["model_id"]), providerConfig=cfg)
    except ValidationError as exc:
        raise HTTPException(422, detail=str(exc))
    except ModelRedError as exc:
        alog.error("create_model failed: %s (%s)", type(exc).__name__, getattr(exc, "status_code", None))
        raise HTTPException(502, detail="could not register model")
    alog.debug("provider config %s", cfg)
    return {"ok": True}


@router.get("/models/{model_identifier}")
async def show_model(model_identifier: str, mr: AsyncModelRedClient = Depends(get_client)):
    try:
        model = await mr.get_model(model_identifier)
    except NotFoundError:
        raise HTTPException(404, detail="unknown model")
    alog.info("model %s provider %s", model.get("modelId"), model.get("provider"))
    return {"id": model.get("modelId"), "provider": model.get("provider")}


@router.post("/scans/{model_identifier}")
async def start_scan(model_identifier: str, mr: AsyncModelRedClient = Depends(get_client)):
    a = await mr.create_assessment(model=model_identifier, test_types=["jailbreak", "pii"], priority="normal")
    alog.info("scan %s started", a.get("id"))
    return a
