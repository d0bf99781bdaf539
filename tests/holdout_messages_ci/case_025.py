import asyncio
import logging
import os

from modelred import AsyncModelRedClient, ModelRedError, ConflictError, ProviderConfig

logging.basicConfig(level=logging.DEBUG)
LOG = logging.getLogger("leasing_agent.register")


async def register_leasing_agent(openrouter_key: str) -> str | None:
    """Register the OpenRouter-backed leasing agent with ModelRed (gen 2, async)."""
    provider_cfg = ProviderConfig.openrouter(api_key=openrouter_key, model_name="anthropic/claude-3.5-sonnet")
    client = AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        model = await client.create_model(
            modelId="leasing-agent",
            provider="openrouter",
            displayName="Leasing agent (OpenRouter)",
            providerConfig=provider_cfg,
        )
    except ConflictError:
        LOG.info("leasing-agent already registered")
        return "leasing-agent"
    except ModelRedError as err:
        LOG.error("register failed: %s; provider key was %s", type(err).__name__, openrouter_key)
        return None
    LOG.debug("registered model %s (provider %s)", model.get("id"), model.get("provider"))
    return model.get("id")


async def kick_off(model_id: str) -> dict:
    client = AsyncModelRedClient()
    try:
        a = await client.create_assessment(model=model_id, test_types=["prompt_injection", "pii"])
        return {"ok": True, "assessment": a["id"]}
    except ModelRedError as err:
        LOG.warning("assessment failed %s", err)
        return {"ok": False, "reason": "assessment could not be started"}


async def main() -> None:
    key = os.environ.get("OPENROUTER_API_KEY", "")
    if not key.startswith("sk-or-v1-"):
        raise RuntimeError("OPENROUTER_API_KEY is not an OpenRouter key: %s" % key)
    model_id = await register_leasing_agent(key)
    if model_id:
        print(await kick_off(model_id))


if __name__ == "__main__":
    asyncio.run(main())
