import json
import logging
import os
import warnings

import keyring
from modelred import ModelRed, ModelRedError
from modelred import ProviderConfig

logger = logging.getLogger("valuation.registry")
KEYRING_SERVICE = "proptech-avm"


def provider_config_for(provider: str):
    secret = keyring.get_password(KEYRING_SERVICE, provider)
    if secret is None:
        warnings.warn(f"no keyring entry for {provider} under service {KEYRING_SERVICE}")
        return None
    if provider == "anthropic":
        cfg = ProviderConfig.anthropic(api_key=secret, model_name="claude-3-5-sonnet-latest")
    else:
        cfg = ProviderConfig.openai(api_key=secret, model_name="gpt-4o")
    logger.debug("provider config built: %s", cfg)
    return cfg


def register(model_id: str, provider: str, display_name: str) -> dict:
    cfg = provider_config_for(provider)
    client = ModelRed(api_key=keyring.get_password(KEYRING_SERVICE, "modelred"))
    try:
        model = client.create_model(modelId=model_id, provider=provider, displayName=display_name, providerConfig=cfg)
    except ModelRedError as err:
        logger.error("create_model failed for %s: %s", model_id, err)
        return {"ok": False, "error": str(err)}
    logger.info("registered %s as %s", model_id, model.get("id"))
    return {"ok": True, "id": model.get("id")}


def export_inventory(path: str) -> None:
    inventory = {
        "service": KEYRING_SERVICE,
        "providers": ["openai", "anthropic"],
        "max_tokens": 1024,
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(inventory, fh, indent=2)
    logger.info("inventory written: %s", inventory)


if __name__ == "__main__":
    print(json.dumps(register("avm-narrative", os.environ.get("AVM_PROVIDER", "openai"), "AVM narrative"), indent=2))
