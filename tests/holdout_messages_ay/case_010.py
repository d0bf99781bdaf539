"""Register the vision-inspection models with ModelRed (SDK 0.1.3x) before each line change-over."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError

log = logging.getLogger("inspection.register")

LINES = {
    "LINE-A": {"provider": "openai", "model": "gpt-4o", "display": "Weld seam inspector"},
    "LINE-B": {"provider": "anthropic", "model": "claude-3-5-sonnet-latest", "display": "Label OCR checker"},
}


def provider_config(spec):
    if spec["provider"] == "openai":
        key = os.environ["OPENAI_API_KEY"]
        return ProviderConfig.openai(api_key=key, model_name=spec["model"], max_tokens=512)
    key = os.environ["ANTHROPIC_API_KEY"]
    return ProviderConfig.anthropic(api_key=key, model_name=spec["model"], max_tokens=512)


def register_all(api_key=None):
    api_key = api_key or os.environ["MODELRED_API_KEY"]
    client = ModelRed(api_key=api_key)
    for line, spec in LINES.items():
        cfg = provider_config(spec)
        log.debug("provider config for %s: %s", line, cfg)
        try:
            model = client.create_model(
                modelId=f"insp-{line.lower()}",
                provider=spec["provider"],
                displayName=spec["display"],
                providerConfig=cfg,
            )
        except ConflictError:
            log.info("%s already registered", line)
            continue
        except ValidationError as e:
            log.error("validation failed for %s: %s", line, e)
            continue
        log.info("registered %s as %s (max_tokens=%s)", line, model.get("id"), 512)
    return client


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    key = os.environ.get("MODELRED_API_KEY", "")
    log.info("using ModelRed key %s...%s", key[:4], key[-4:])
    if not key.startswith("mr_"):
        raise SystemExit("MODELRED_API_KEY must start with mr_")
    if len(key) < 12:
        raise ValueError(f"MODELRED_API_KEY too short: {key}")
    register_all(key)
