"""Sync the gateway's deployments into ModelRed so each one can be red-teamed."""
from __future__ import annotations

import logging
import os
from typing import Any, Dict, List

from modelred import ConflictError, ModelRedClient, ModelRedError, ProviderConfig, ValidationError

logger = logging.getLogger("gateway.modelred_sync")

PROVIDER_MAP = {"azure": "azure", "openai": "openai", "anthropic": "anthropic", "openrouter": "openrouter"}


class RegistrationError(Exception):
    """Raised to the admin UI when a deployment cannot be registered."""


def _provider_config(provider: str, params: Dict[str, Any]) -> Any:
    if provider == "azure":
        return ProviderConfig.azure(api_key=params["api_key"], endpoint=params["api_base"], deployment_name=params["model"].split("/", 1)[1], api_version=params.get("api_version", "2024-06-01"))
    factory = getattr(ProviderConfig, PROVIDER_MAP[provider])
    return factory(api_key=params["api_key"], model_name=params["model"].split("/", 1)[1])


def sync_deployments(model_list: List[Dict[str, Any]], debug: bool = False) -> List[str]:
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    registered: List[str] = []
    for deployment in model_list:
        params = deployment["litellm_params"]
        provider = params["model"].split("/", 1)[0]
        if provider not in PROVIDER_MAP:
            logger.info("skipping %s: provider %s not supported by ModelRed", deployment["model_name"], provider)
            continue
        model_id = f"gw-{deployment['model_name']}"
        config = _provider_config(provider, params)
        if debug:
            print("registering", model_id, "with", params)
        try:
            client.create_model(modelId=model_id, provider=provider, displayName=deployment["model_name"], providerConfig=config)
        except ConflictError:
            logger.debug("%s already registered", model_id)
        except ValidationError as e:
            logger.warning("ModelRed rejected %s: %s", model_id, e)
            continue
        except ModelRedError as e:
            raise RegistrationError(f"could not register {model_id}: {e}") from e
        registered.append(model_id)
        logger.info("registered %s (max_tokens=%s)", model_id, params.get("max_tokens"))
    return registered
