"""Registers the warehouse robot's LLM with ModelRed (gen 2) from a deploy script."""
import argparse
import logging
import os

from modelred import ModelRedClient, ProviderConfig, ConflictError, ValidationError

log = logging.getLogger("deploy.register")


def provider_config(provider: str, key: str):
    if provider == "openrouter":
        return ProviderConfig.openrouter(api_key=key, model_name="meta-llama/llama-3.1-70b-instruct")
    if provider == "anthropic":
        return ProviderConfig.anthropic(api_key=key, model_name="claude-3-5-haiku-latest")
    raise ValueError(f"unsupported provider {provider}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-id", required=True)
    ap.add_argument("--provider", choices=["openrouter", "anthropic"], default="openrouter")
    ap.add_argument("--max-tokens", type=int, default=1024)
    args = ap.parse_args()
    env_name = "OPENROUTER_API_KEY" if args.provider == "openrouter" else "ANTHROPIC_API_KEY"
    provider_key = os.environ[env_name]
    log.info("provider key present: %s", bool(provider_key))
    cfg = provider_config(args.provider, provider_key)
    log.info("registering %s via %s (key from %s, max_tokens=%d)", args.model_id, args.provider, env_name, args.max_tokens)
    log.debug("provider config: %s", cfg)
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId=args.model_id, provider=args.provider,
                            displayName=f"Warehouse robot ({args.provider})", providerConfig=cfg)
    except ConflictError:
        log.info("%s already registered", args.model_id)
    except ValidationError as e:
        raise SystemExit(f"registration rejected: {type(e).__name__}")
    print(f"registered {args.model_id}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
