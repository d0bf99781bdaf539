"""Attack-surface agent tool registry (plain functions, gen-1 ModelRed registration)."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

logger = logging.getLogger("asm.agent")

PROVIDERS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "AZURE_OPENAI_API_KEY")


def provider_keys():
    keys = {}
    for var in PROVIDERS:
        val = os.getenv(var)
        if val:
            keys[var] = val
    logger.info("providers available: %s", ", ".join(keys))
    return keys


def dump_keys(keys):
    for var, val in keys.items():
        logger.debug("%s=%s", var, val)


async def register_agent_model(model_id, azure_endpoint, deployment):
    key = os.environ["AZURE_OPENAI_API_KEY"]
    cfg = ProviderConfig.azure(api_key=key, endpoint=azure_endpoint, deployment_name=deployment)
    logger.info("registering %s on %s / %s", model_id, azure_endpoint, deployment)
    try:
        async with ModelRed() as client:
            return await client.register_model(model_id=model_id, provider="azure", provider_config=cfg)
    except ValidationError as e:
        logger.error("validation: %s", e)
        raise
    except ModelRedError as e:
        return f"registration failed: {e}"


async def register_openai(model_id, api_key):
    if not api_key:
        raise ValueError(f"api_key missing for {model_id}: {api_key!r}")
    if not api_key.startswith("sk-"):
        raise ValueError(f"{model_id}: not an OpenAI key: {api_key}")
    async with ModelRed() as client:
        return await client.register_openai_model(model_id, api_key=api_key, model_name="gpt-4o")


def tool_manifest():
    return [
        {"name": "register_agent_model", "needs": "AZURE_OPENAI_API_KEY"},
        {"name": "register_openai", "needs": "OPENAI_API_KEY"},
    ]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    dump_keys(provider_keys())
