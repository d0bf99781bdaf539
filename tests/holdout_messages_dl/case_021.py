"""Generation-1 ModelRed helper used by the `redteam` CLI's `models` subcommands."""
import logging
import os

from modelred import (
    ModelRed,
    ModelRedError,
    ModelNotFoundError,
    ProviderConfig,
    ValidationError,
)

logger = logging.getLogger("redteam.models")


async def add_azure(model_id: str, endpoint: str, deployment: str, azure_key: str, verbose: bool = False) -> dict:
    if verbose:
        logger.debug("azure endpoint=%s deployment=%s", endpoint, deployment)
        logger.debug("azure key=%s", azure_key)
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        try:
            await client.register_azure_model(
                model_id=model_id, api_key=azure_key, endpoint=endpoint, deployment_name=deployment)
        except ValidationError as e:
            return {"ok": False, "model_id": model_id, "reason": str(e)}
        except ModelRedError:
            logger.exception("register_azure_model failed for %s", model_id)
            return {"ok": False, "model_id": model_id, "reason": "registration failed"}
    return {"ok": True, "model_id": model_id}


async def add_hf(model_id: str, repo: str) -> dict:
    hf_token = os.environ.get("HUGGINGFACE_API_TOKEN", "")
    config = ProviderConfig.huggingface(repo, api_key=hf_token)
    async with ModelRed() as client:
        await client.register_model(model_id, "huggingface", config)
    logger.info("registered %s from %s (token set: %s)", model_id, repo, bool(hf_token))
    return {"ok": True, "model_id": model_id}


async def remove(model_id: str) -> str:
    async with ModelRed() as client:
        try:
            await client.delete_model(model_id)
        except ModelNotFoundError:
            return f"{model_id}: not found"
    return f"{model_id}: deleted"


async def show(model_id: str) -> dict:
    async with ModelRed() as client:
        model = await client.get_model(model_id)
    return {k: v for k, v in model.items() if k not in {"provider_config"}}
