"""Register the Azure-hosted quality-deviation summariser with ModelRed (SDK 0.1.1x)."""
import asyncio
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError, AuthenticationError

log = logging.getLogger("qd.register")

AZURE = {
    "endpoint": os.environ["AZURE_OPENAI_ENDPOINT"],
    "deployment": os.getenv("AZURE_OPENAI_DEPLOYMENT", "qd-summariser"),
    "api_version": "2024-06-01",
}


async def register():
    azure_key = os.environ["AZURE_OPENAI_API_KEY"]
    provider_config = {"api_key": azure_key, "endpoint": AZURE["endpoint"], "deployment_name": AZURE["deployment"], "api_version": AZURE["api_version"]}
    log.info("azure deployment %s at %s", AZURE["deployment"], AZURE["endpoint"])
    log.debug("provider_config: %s", provider_config)
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            ok = await client.validate_api_key()
            log.info("ModelRed key valid: %s", ok)
            model = await client.register_model(
                model_id="qd-summariser",
                provider="azure",
                provider_config=provider_config,
                model_name=AZURE["deployment"],
            )
        except AuthenticationError as e:
            log.error("ModelRed auth failed (%s)", getattr(e, "status_code", "?"))
            return None
        except ModelRedError as e:
            log.error("register_model failed: %s", e)
            return None
    log.info("registered %s", model.get("model_id"))
    return model


async def register_fallback():
    cfg = ProviderConfig.azure(api_key=os.environ["AZURE_OPENAI_API_KEY"], endpoint=AZURE["endpoint"], deployment_name=AZURE["deployment"])
    async with ModelRed() as client:
        try:
            return await client.register_model(model_id="qd-summariser", provider="azure", provider_config=cfg)
        except ModelRedError:
            print("fallback registration failed with config", cfg)
            return None


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    if asyncio.run(register()) is None:
        asyncio.run(register_fallback())
