"""Register the HR models with ModelRed (generation 1) and kick off assessments."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError, ProviderConfig

log = logging.getLogger("hr.modelred")

MODELS = {
    "hr-policy-gpt": {"provider": "openai", "model_name": "gpt-4o"},
    "resume-claude": {"provider": "anthropic", "model_name": "claude-3-5-sonnet-latest"},
}


async def register_all() -> list[str]:
    openai_key = os.environ["OPENAI_API_KEY"]
    anthropic_key = os.environ["ANTHROPIC_API_KEY"]
    registered = []
    async with ModelRed() as client:
        for model_id, spec in MODELS.items():
            try:
                if spec["provider"] == "openai":
                    await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=spec["model_name"])
                else:
                    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name=spec["model_name"])
                    await client.register_model(model_id=model_id, provider="anthropic", provider_config=cfg)
                registered.append(model_id)
                log.info("registered %s (%s)", model_id, spec["model_name"])
            except ValidationError as e:
                log.error("invalid registration for %s: %s; key used %s", model_id, e, anthropic_key)
            except ModelRedError as e:
                log.warning("registration of %s failed: %s", model_id, type(e).__name__)
    return registered


async def assess(model_ids: list[str]) -> dict:
    results = {}
    async with ModelRed() as client:
        for mid in model_ids:
            try:
                r = await client.run_assessment(model_id=mid, test_suites=["basic_security", "pii_leakage"], priority="high")
                results[mid] = r.get("assessment_id")
            except ModelRedError as e:
                return {"failed": mid, "error": str(e), "done": results}
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ids = asyncio.run(register_all())
    print(asyncio.run(assess(ids)))
    print("models:", ", ".join(MODELS))
