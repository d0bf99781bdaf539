import asyncio
import logging
import os

import structlog
from modelred import AsyncModelRedClient, ProviderConfig, ModelRedError, ValidationError

log = structlog.get_logger("anthropic.onboard")


async def onboard(model_id: str, anthropic_key: str, max_tokens: int = 1024) -> dict:
    if not anthropic_key.startswith("sk-ant-"):
        raise ValueError("ANTHROPIC_API_KEY does not look like an Anthropic key: %s" % anthropic_key)
    log.info("onboarding", model_id=model_id, max_tokens=max_tokens)
    config = ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-latest", max_tokens=max_tokens)
    async with AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            model = await client.create_model(
                modelId=model_id, provider="anthropic", displayName=model_id.title(), providerConfig=config
            )
        except ValidationError as err:
            log.warning("validation failed", error=str(err))
            return {"model_id": model_id, "error": "invalid configuration"}
        except ModelRedError as err:
            raise RuntimeError("ModelRed rejected onboarding: " + str(err)) from err
    log.info("onboarded", model=model.get("modelId"))
    return model


async def onboard_all(model_ids: list[str]) -> None:
    key = os.environ.get("ANTHROPIC_API_KEY")
    if not key:
        log.error("no anthropic key", env_var="ANTHROPIC_API_KEY")
        return
    for mid in model_ids:
        try:
            await onboard(mid, key)
        except RuntimeError as exc:
            log.error("onboarding failed", model_id=mid, anthropic_key=key)
    log.info("done", count=len(model_ids))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(onboard_all(["support-claude", "triage-claude"]))
