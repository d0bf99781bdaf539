"""Sandbox seed script for the wealth-management advisor demo (internal staging only)."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("advisor.seed")

# staging-only credentials; prod reads from the secret store
STAGING_MODELRED = "mr_QMy0vsL7OtxYkBZawB7T304ChtNqTYGY1WJHssUr"
STAGING_ORG = "org_advisor_staging"
MODELRED_PLACEHOLDER = "mr_xxxxxxxxxxxxxxxxxxxx"
ADVISOR_MODELS = {
    "advisor-gpt4o": ("openai", "gpt-4o"),
    "advisor-claude": ("anthropic", "claude-3-5-sonnet-latest"),
}


def provider_config(provider: str, model_name: str):
    if provider == "openai":
        return ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name=model_name, max_tokens=700)
    return ProviderConfig.anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], model_name=model_name, max_tokens=700)


def seed() -> list:
    created = []
    client = ModelRed(api_key=os.environ.get("MODELRED_API_KEY", STAGING_MODELRED))
    for model_id, (provider, model_name) in ADVISOR_MODELS.items():
        try:
            client.create_model(modelId=model_id, provider=provider, displayName=f"Advisor ({model_name})",
                                providerConfig=provider_config(provider, model_name))
            created.append(model_id)
            log.info("created %s on %s for org %s", model_id, provider, STAGING_ORG)
        except ModelRedError as exc:
            log.warning("skip %s: %s", model_id, exc)
    return created


def describe_env() -> None:
    log.info("set MODELRED_API_KEY like %s to override staging", MODELRED_PLACEHOLDER)
    log.info("staging key fallback: %s", STAGING_MODELRED)
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        log.info("%s configured: %s", var, var in os.environ)


if __name__ == "__main__":
    describe_env()
    done = seed()
    if not done:
        raise SystemExit(1)
    cfg = provider_config("openai", "gpt-4o")
    print("openai provider config:", cfg)
    print("seeded", ", ".join(done))
