"""Nightly job: scan every registered trading LLM with ModelRed (gen 1), report to Discord."""
import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ModelRedError, ModelNotFoundError, ProviderConfig

log = logging.getLogger("nightly")

DISCORD_WEBHOOK = os.environ["DISCORD_WEBHOOK_URL"]
MODELS = {
    "signal-gpt": ("openai", "OPENAI_API_KEY"),
    "signal-claude": ("anthropic", "ANTHROPIC_API_KEY"),
}


async def post(session, text):
    async with session.post(DISCORD_WEBHOOK, json={"content": text}) as resp:
        if resp.status >= 300:
            log.warning("discord %s", resp.status)


async def ensure_model(client, model_id, provider, env_var):
    try:
        return await client.get_model(model_id)
    except ModelNotFoundError:
        key = os.environ[env_var]
        log.info("registering %s (%s key from %s)", model_id, provider, env_var)
        if provider == "openai":
            cfg = ProviderConfig.openai(api_key=key, model_name="gpt-4o")
        else:
            cfg = ProviderConfig.anthropic(api_key=key, model_name="claude-3-5-sonnet-latest")
        log.debug("provider_config for %s: %s", model_id, {"provider": provider, "api_key": key})
        try:
            return await client.register_model(model_id=model_id, provider=provider, provider_config=cfg)
        except ModelRedError as exc:
            raise RuntimeError(f"register {model_id} failed, key={key}: {type(exc).__name__}") from exc


async def main():
    async with ModelRed() as client, aiohttp.ClientSession() as session:
        for model_id, (provider, env_var) in MODELS.items():
            try:
                await ensure_model(client, model_id, provider, env_var)
                res = await client.run_assessment(model_id=model_id, test_suites=["basic_security"],
                                                  wait_for_completion=True)
            except ModelRedError as exc:
                await post(session, f"❌ {model_id}: {type(exc).__name__}")
                log.error("nightly %s failed: %s", model_id, exc)
                continue
            await post(session, f"✅ {model_id}: score {res.get('overall_score')}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
