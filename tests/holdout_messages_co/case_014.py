"""Build provider configs for ModelRed (generation 2) with a match on the provider name."""
from __future__ import annotations

import logging
import os
from typing import Literal

from modelred import ModelRed, ProviderConfig, NotFoundError, RateLimitError

log = logging.getLogger("mr.providers")

Provider = Literal["openai", "anthropic", "openrouter", "google", "bedrock"]


def provider_config(provider: Provider, model_name: str) -> ProviderConfig:
    match provider:
        case "openai":
            return ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name=model_name)
        case "anthropic":
            return ProviderConfig.anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], model_name=model_name)
        case "openrouter":
            return ProviderConfig.openrouter(api_key=os.environ["OPENROUTER_API_KEY"], model_name=model_name)
        case "google":
            return ProviderConfig.google(api_key=os.environ["GOOGLE_API_KEY"], model_name=model_name)
        case "bedrock":
            secret = os.environ["AWS_SECRET_ACCESS_KEY"]
            if len(secret) != 40:
                raise ValueError(f"AWS secret has {len(secret)} characters, expected 40")
            return ProviderConfig.bedrock(access_key_id=os.environ["AWS_ACCESS_KEY_ID"], secret_access_key=secret, region="us-east-1", model_name=model_name)
        case other:
            raise ValueError(f"unsupported provider {other!r}")


def register(client: ModelRed, model_id: str, provider: Provider, model_name: str) -> dict:
    cfg = provider_config(provider, model_name)
    log.debug("provider config for %s: %s", model_id, cfg)
    try:
        return client.create_model(modelId=model_id, provider=provider, displayName=model_id, providerConfig=cfg)
    except RateLimitError as exc:
        log.warning("rate limited registering %s: %s", model_id, exc)
        raise
    except NotFoundError as exc:
        return {"ok": False, "reason": str(exc)}


def main() -> None:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    for provider, name in [("openai", "gpt-4o-mini"), ("anthropic", "claude-3-5-haiku-latest")]:
        out = register(client, f"{provider}-{name}", provider, name)
        log.info("registered %s -> %s", name, out.get("id"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
