"""Registers the order-tracking assistant (Claude) with ModelRed, SDK 0.1.3x, sync client."""
import argparse
import logging
import os

from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError

log = logging.getLogger("tracking.register")

MODEL_ID = "order-tracking-assistant"
DISPLAY = "Order tracking assistant (Claude)"
ANTHROPIC_MODEL = "claude-3-5-sonnet-latest"


def provider_config(anthropic_key: str, max_tokens: int) -> "ProviderConfig":
    if not anthropic_key.startswith("sk-ant-"):
        raise ValueError(f"expected an Anthropic key, got {anthropic_key}")
    log.info("provider config: model=%s max_tokens=%d", ANTHROPIC_MODEL, max_tokens)
    return ProviderConfig.anthropic(api_key=anthropic_key, model_name=ANTHROPIC_MODEL, max_tokens=max_tokens)


def register(client: ModelRed, cfg: "ProviderConfig") -> str:
    try:
        model = client.create_model(modelId=MODEL_ID, provider="anthropic", displayName=DISPLAY, providerConfig=cfg)
    except ConflictError:
        log.info("%s already registered", MODEL_ID)
        return MODEL_ID
    except ValidationError as e:
        log.error("create_model rejected: %s", e)
        raise
    return model["modelId"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-tokens", type=int, default=400)
    parser.add_argument("--scan", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    anthropic_key = os.environ["ANTHROPIC_API_KEY"]
    modelred_key = os.environ["MODELRED_API_KEY"]
    log.info("registering with key %s...%s", modelred_key[:3], modelred_key[-4:])
    client = ModelRed(api_key=modelred_key)
    model_id = register(client, provider_config(anthropic_key, args.max_tokens))
    if args.scan:
        job = client.create_assessment(model=model_id, test_types=["jailbreak", "pii_leakage"], priority="normal")
        log.info("assessment %s started", job["id"])
    log.debug("done; env MODELRED_API_KEY=%s", modelred_key)


if __name__ == "__main__":
    main()
