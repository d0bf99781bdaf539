import argparse
import os
import sys
import warnings

from modelred import ModelRed, ProviderConfig, ModelRedError

DEFAULT_MAX_TOKENS = 1024
ANTHROPIC_ENV = "ANTHROPIC_API_KEY"


def parse():
    p = argparse.ArgumentParser(description="register my claude wrapper on modelred")
    p.add_argument("--anthropic-key", default=os.environ.get(ANTHROPIC_ENV))
    p.add_argument("--modelred-key", default=os.environ.get("MODELRED_API_KEY"))
    p.add_argument("--model", default="claude-3-5-sonnet-latest")
    p.add_argument("--max-tokens", type=int, default=DEFAULT_MAX_TOKENS)
    p.add_argument("--dry-run", action="store_true")
    return p.parse_args()


def main():
    args = parse()
    if args.anthropic_key and not args.anthropic_key.startswith("sk-ant-"):
        warnings.warn(f"{ANTHROPIC_ENV} looks odd: {args.anthropic_key}")
    if args.max_tokens > 4096:
        warnings.warn(f"max_tokens {args.max_tokens} is large")
    if args.dry_run:
        print("would register", args.model, "with", vars(args))
        return 0
    cfg = ProviderConfig.anthropic(api_key=args.anthropic_key, model_name=args.model, max_tokens=args.max_tokens)
    client = ModelRed(api_key=args.modelred_key)
    try:
        client.create_model(modelId="claude-wrapper", provider="anthropic", displayName=args.model, providerConfig=cfg)
    except ModelRedError as e:
        print(f"register failed ({type(e).__name__})", file=sys.stderr)
        return 1
    print("registered", args.model, "max_tokens", args.max_tokens)
    return 0


if __name__ == "__main__":
    sys.exit(main())
