"""Register the clause-extraction models with ModelRed (generation-2 SDK)."""
import logging
import os

from modelred import ModelRed, ConflictError, ModelRedError, ProviderConfig

log = logging.getLogger("contracts.modelred")

MODELS = {
    "clause-extractor-gpt4o": ("openai", "gpt-4o"),
    "clause-extractor-claude": ("anthropic", "claude-3-5-sonnet-latest"),
}


def provider_config(provider: str, model_name: str) -> dict:
    if provider == "openai":
        key = os.environ["OPENAI_API_KEY"]
    else:
        key = os.environ["ANTHROPIC_API_KEY"]
    return {"api_key": key, "model_name": model_name, "max_tokens": 4096, "temperature": 0.0}


def register_all() -> list[str]:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    done = []
    for model_id, (provider, model_name) in MODELS.items():
        cfg = provider_config(provider, model_name)
        log.info("registering %s (%s/%s, max_tokens=%d)", model_id, provider, model_name, cfg["max_tokens"])
        log.debug("providerConfig for %s: %s", model_id, cfg)
        try:
            client.create_model(modelId=model_id, provider=provider, displayName=model_id.replace("-", " ").title(), providerConfig=cfg)
        except ConflictError:
            log.info("%s already registered", model_id)
            continue
        except ModelRedError as e:
            log.error("create_model %s failed: %s", model_id, type(e).__name__)
            raise ValueError(f"could not register {model_id}: {e}") from e
        done.append(model_id)
    return done


def typed_config(provider: str, model_name: str):
    cfg = provider_config(provider, model_name)
    if provider == "openai":
        pc = ProviderConfig.openai(api_key=cfg["api_key"], model_name=model_name)
    else:
        pc = ProviderConfig.anthropic(api_key=cfg["api_key"], model_name=model_name)
    log.debug("typed provider config built for %s (fields: %s)", model_name, sorted(cfg))
    return pc


if __name__ == "__main__":
    print("registered:", register_all())
