"""Scheduled red-team scan of every gateway deployment (ModelRed generation 1)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError, ProviderConfig

from gateway.registry import load_deployments

scan_log = logging.getLogger("gateway.scan")

TEST_SUITES = ["basic_security", "prompt_injection"]


async def register_and_scan(client: ModelRed, dep: dict) -> str | None:
    params = dep["litellm_params"]
    provider_key = params.get("api_key") or os.environ.get("OPENAI_API_KEY", "")
    model_id = f"gw-{dep['model_name']}"
    try:
        await client.register_openai_model(model_id=model_id, api_key=provider_key, model_name=params["model"])
    except ModelRedError as e:
        scan_log.warning("register %s failed: %s", model_id, e)
        return None
    scan_log.info("registered %s (model %s, max_tokens %s)", model_id, params["model"], params.get("max_tokens"))
    try:
        result = await client.run_assessment(model_id=model_id, test_suites=TEST_SUITES, priority="low")
    except QuotaExceededError:
        scan_log.error("quota exceeded while scanning %s", model_id)
        return None
    return result.assessment_id


async def main() -> None:
    deployments = load_deployments()
    async with ModelRed() as client:
        for dep in deployments:
            key = dep["litellm_params"].get("api_key", "")
            if key and not key.startswith("sk-"):
                scan_log.error("deployment %s has a non-OpenAI key %s; skipping", dep["model_name"], key)
                continue
            assessment = await register_and_scan(client, dep)
            scan_log.info("%s -> %s", dep["model_name"], assessment)


def provider_config_for(dep: dict):
    cfg = ProviderConfig.openai(api_key=dep["litellm_params"]["api_key"], model_name=dep["litellm_params"]["model"])
    scan_log.debug("provider config for %s: %s", dep["model_name"], cfg)
    return cfg


if __name__ == "__main__":
    asyncio.run(main())
