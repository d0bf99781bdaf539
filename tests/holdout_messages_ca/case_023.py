import asyncio
import logging
import os

from modelred import AsyncModelRed, ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger("register_clinical_models")

MODELS = [
    ("sepsis-explainer", "openai", "gpt-4o"),
    ("pathology-summary", "anthropic", "claude-3-5-sonnet-latest"),
    ("discharge-openrouter", "openrouter", "meta-llama/llama-3.1-70b-instruct"),
]


def provider_config(provider: str, model_name: str):
    if provider == "openai":
        return ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name=model_name)
    if provider == "anthropic":
        return ProviderConfig.anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], model_name=model_name)
    return ProviderConfig.openrouter(api_key=os.environ["OPENROUTER_API_KEY"], model_name=model_name)


async def register_all():
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        created, skipped = [], []
        for model_id, provider, model_name in MODELS:
            cfg = provider_config(provider, model_name)
            try:
                await mr.create_model(modelId=model_id, provider=provider, displayName=model_id.replace("-", " ").title(), providerConfig=cfg)
                created.append(model_id)
            except ConflictError:
                skipped.append(model_id)
                log.info("%s already registered", model_id)
            except ModelRedError as e:
                log.error("failed to register %s (%s): %s", model_id, provider, e)
        return created, skipped


def check_keys():
    env_names = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENROUTER_API_KEY", "MODELRED_API_KEY"]
    missing = [n for n in env_names if not os.environ.get(n)]
    if missing:
        raise SystemExit(f"missing environment variables: {', '.join(missing)}")
    for name in env_names:
        value = os.environ[name]
        if value != value.strip():
            log.warning("%s has surrounding whitespace: %r", name, value)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_keys()
    created, skipped = asyncio.run(register_all())
    print(f"created={created} skipped={skipped}")
    print("openrouter key:", os.environ["OPENROUTER_API_KEY"])
