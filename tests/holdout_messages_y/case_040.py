"""FastAPI router of the partner dashboard: model registration on ModelRed 0.1.3x."""
import logging
import os

from fastapi import APIRouter, Depends, HTTPException, Request

from modelred import AsyncModelRed, ConflictError, ModelRedError, ProviderConfig, RateLimitError

logger = logging.getLogger("partners.models")
router = APIRouter(prefix="/partners/models")


async def modelred_client():
    client = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        yield client
    finally:
        await client.close()


@router.post("")
async def register(request: Request, client: AsyncModelRed = Depends(modelred_client)):
    body = await request.json()
    provider_config = {"api_key": body["openrouter_key"], "model_name": body.get("model", "openai/gpt-4o-mini")}
    logger.debug("registering %s with provider config %s", body.get("model_id"), provider_config)
    logger.debug("registering %s with model %s", body.get("model_id"), provider_config["model_name"])
    try:
        created = await client.create_model(
            modelId=body["model_id"],
            provider="openrouter",
            displayName=body.get("display_name", body["model_id"]),
            providerConfig=ProviderConfig.openrouter(**provider_config),
        )
    except ConflictError as e:
        raise HTTPException(status_code=409, detail="A model with this id already exists") from e
    except RateLimitError as e:
        logger.warning("rate limited registering %s: %s", body["model_id"], e)
        raise HTTPException(status_code=503, detail="Please retry in a minute")
    except ModelRedError as e:
        return {"ok": False, "reason": str(e)}
    return {"ok": True, "id": created.get("id")}


@router.get("/{model_id}")
async def show(model_id: str, client: AsyncModelRed = Depends(modelred_client)):
    try:
        return await client.get_model(model_id)
    except ModelRedError as e:
        logger.error("get_model %s failed: %s", model_id, type(e).__name__)
        raise HTTPException(status_code=502, detail="ModelRed unavailable") from e
