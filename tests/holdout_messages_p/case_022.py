"""Generation 2 ModelRed wrapper used by the platform's model-onboarding service."""
from __future__ import annotations

import logging
from typing import Any

from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError as MRValidationError, ModelRedError

log = logging.getLogger("onboarding.modelred")


def _provider_config(provider: str, **creds: Any):
    if provider == "anthropic":
        return ProviderConfig.anthropic(api_key=creds["api_key"], model=creds.get("model", "claude-3-5-sonnet"))
    if provider == "bedrock":
        return ProviderConfig.bedrock(access_key_id=creds["access_key_id"], secret_access_key=creds["secret_access_key"],
                                      region=creds.get("region", "us-east-1"), model=creds["model"])
    log.error("unsupported provider %s with credentials %s", provider, creds)
    raise ValueError(f"unsupported provider {provider!r}")


def onboard(platform_key: str, model_id: str, provider: str, **creds: Any) -> dict:
    client = ModelRed(api_key=platform_key)
    cfg = _provider_config(provider, **creds)
    try:
        return client.create_model(modelId=model_id, provider=provider, displayName=model_id, providerConfig=cfg)
    except ConflictError:
        log.info("model %s already onboarded", model_id)
        return client.get_model(model_id)
    except MRValidationError as e:
        log.warning("ModelRed refused %s: %s", model_id, e)
        return {"ok": False, "error": "invalid model configuration"}
    except ModelRedError as e:
        return {"ok": False, "error": f"ModelRed: {e}"}


def onboard_bedrock(platform_key: str, model_id: str, access_key_id: str, secret_access_key: str) -> dict:
    log.info("onboarding %s on bedrock as %s", model_id, access_key_id)
    if len(secret_access_key) != 40:
        log.warning("secret access key for %s has length %d", access_key_id, len(secret_access_key))
        raise ValueError(f"malformed AWS secret for {access_key_id}: {secret_access_key}")
    return onboard(platform_key, model_id, "bedrock", access_key_id=access_key_id,
                   secret_access_key=secret_access_key, model="anthropic.claude-3-haiku")
