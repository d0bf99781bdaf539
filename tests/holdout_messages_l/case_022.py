"""Create ModelRed models for every provider listed in providers.json (SDK 0.1.3x)."""
import json
import logging
import os

from modelred import ModelRed, ProviderConfig, ValidationError, ModelRedError

log = logging.getLogger("sync-models")


def provider_config(entry):
    kind = entry["provider"]
    key = os.environ[entry["key_env"]]
    if kind == "openai":
        return ProviderConfig.openai(api_key=key, model_name=entry["model"])
    if kind == "anthropic":
        return ProviderConfig.anthropic(api_key=key, model_name=entry["model"])
    if kind == "openrouter":
        return {"api_key": key, "model_name": entry["model"], "base_url": entry.get("base_url")}
    raise ValueError(f"unsupported provider {kind!r} for {entry['model_id']}")


def sync(path="providers.json"):
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    with open(path) as fh:
        entries = json.load(fh)
    created, failed = [], []
    for entry in entries:
        cfg = provider_config(entry)
        log.debug("model %s uses %s from %s", entry["model_id"], entry["provider"], entry["key_env"])
        try:
            client.create_model(modelId=entry["model_id"], provider=entry["provider"],
                                displayName=entry.get("name", entry["model_id"]), providerConfig=cfg)
        except ValidationError as exc:
            log.error("invalid config for %s: %s (providerConfig=%s)", entry["model_id"], exc, cfg)
            failed.append(entry["model_id"])
            continue
        except ModelRedError as exc:
            log.error("create_model(%s) failed: %s", entry["model_id"], type(exc).__name__)
            failed.append(entry["model_id"])
            continue
        created.append(entry["model_id"])
    log.info("created %d models, %d failed: %s", len(created), len(failed), failed)
    return created, failed


if __name__ == "__main__":
    sync()
