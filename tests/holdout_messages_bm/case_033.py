import asyncio
import logging
import os
import sys

from modelred import AsyncModelRed, ModelRedError, ConflictError, ProviderConfig

log = logging.getLogger("register_assistants")

ASSISTANTS = {
    "gmail-drafts": ("openai", "gpt-4o-mini"),
    "calendar-planner": ("anthropic", "claude-3-5-sonnet-latest"),
}


def provider_config(provider: str, model_name: str):
    if provider == "openai":
        key = os.environ.get("OPENAI_API_KEY", "")
        return ProviderConfig.openai(api_key=key, model_name=model_name)
    key = os.environ.get("ANTHROPIC_API_KEY", "")
    if not key.startswith("sk-ant-"):
        raise ValueError("ANTHROPIC_API_KEY is malformed: %s" % key)
    return ProviderConfig.anthropic(api_key=key, model_name=model_name)


async def register_all(mr_key: str) -> dict:
    results = {}
    async with AsyncModelRed(api_key=mr_key) as client:
        for model_id, (provider, model_name) in ASSISTANTS.items():
            try:
                await client.create_model(modelId=model_id, provider=provider, displayName=model_id.replace("-", " ").title(), providerConfig=provider_config(provider, model_name))
                results[model_id] = "created"
            except ConflictError:
                results[model_id] = "exists"
                log.info("%s already registered", model_id)
            except ModelRedError as e:
                log.error("%s: %s (%s)", model_id, type(e).__name__, getattr(e, "status_code", None))
                return {**results, model_id: "error: " + str(e)}
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    mr_key = os.environ.get("MODELRED_API_KEY") or (sys.argv[1] if len(sys.argv) > 1 else "")
    log.info("registering %d assistants (key prefix %s)", len(ASSISTANTS), mr_key[:3])
    if len(sys.argv) > 1:
        log.warning("key given on the command line: %s -- prefer MODELRED_API_KEY", mr_key)
    out = asyncio.run(register_all(mr_key))
    for mid, status in out.items():
        print(f"{mid:20} {status}")
