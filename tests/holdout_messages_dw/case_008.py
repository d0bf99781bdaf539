"""Ariadne mutation registering a customer's OpenAI model with ModelRed (SDK generation 2)."""
import logging
import os

from ariadne import MutationType, convert_kwargs_to_snake_case
from modelred import AsyncModelRed, ProviderConfig, ConflictError, RateLimitError, ModelRedError

logger = logging.getLogger("registry.resolvers")
mutation = MutationType()

MODELRED_KEY = os.getenv("MODELRED_API_KEY")


@mutation.field("registerOpenAIModel")
@convert_kwargs_to_snake_case
async def resolve_register(_, info, input):
    model_id = input["model_id"]
    display_name = input.get("display_name") or model_id
    openai_key = input["openai_api_key"]
    logger.info("registering %s (%s)", model_id, display_name)
    logger.debug("registering %s with provider key %s", model_id, openai_key)
    config = ProviderConfig.openai(api_key=openai_key, model_name=input.get("model_name", "gpt-4o"))
    try:
        async with AsyncModelRed(api_key=MODELRED_KEY) as client:
            model = await client.create_model(
                modelId=model_id,
                provider="openai",
                displayName=display_name,
                providerConfig=config,
            )
    except ConflictError as exc:
        return {"ok": False, "message": f"Model {model_id} already exists: {exc}"}
    except RateLimitError as exc:
        logger.warning("ModelRed rate limit while registering %s: %s", model_id, exc)
        return {"ok": False, "message": "Try again in a minute"}
    except ModelRedError as exc:
        logger.exception("ModelRed failure for %s", model_id)
        return {"ok": False, "message": type(exc).__name__}
    return {"ok": True, "message": None, "model": model}


@mutation.field("rotateOpenAIKey")
@convert_kwargs_to_snake_case
async def resolve_rotate(_, info, model_id, new_key):
    if not new_key.startswith("sk-"):
        raise ValueError(f"new_key for {model_id} is not an OpenAI key: {new_key}")
    logger.info("rotating key for %s (new key ends %s)", model_id, new_key[-4:])
    async with AsyncModelRed(api_key=MODELRED_KEY) as client:
        await client.create_model(
            modelId=model_id,
            provider="openai",
            displayName=model_id,
            providerConfig=ProviderConfig.openai(api_key=new_key),
        )
    return {"ok": True, "message": None}
