"""Command-line tool to register a model with ModelRed (argparse, generation 2)."""
import argparse
import asyncio
import os
import sys

from modelred import AsyncModelRed, ModelRedError, ProviderConfig


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="Register a model for red-teaming")
    p.add_argument("model_id")
    p.add_argument("--provider", default="openai", choices=["openai", "anthropic", "openrouter"])
    p.add_argument("--provider-key", default=os.environ.get("OPENAI_API_KEY"))
    p.add_argument("--api-key", default=os.environ.get("MODELRED_API_KEY"), help="ModelRed API key")
    p.add_argument("--max-tokens", type=int, default=512)
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


async def register(args) -> int:
    async with AsyncModelRed(api_key=args.api_key) as client:
        try:
            await client.create_model(
                modelId=args.model_id,
                provider=args.provider,
                displayName=args.model_id,
                providerConfig=ProviderConfig.openai(api_key=args.provider_key, model="gpt-4o"),
            )
        except ModelRedError as e:
            print(f"registration failed: {type(e).__name__}", file=sys.stderr)
            return 1
    print(f"registered {args.model_id} (max_tokens={args.max_tokens})")
    return 0


def main(argv=None) -> int:
    args = parse_args(argv)
    if not args.api_key:
        print("error: --api-key or MODELRED_API_KEY is required", file=sys.stderr)
        return 2
    if args.verbose:
        print(f"provider={args.provider} model={args.model_id}")
        print(f"provider key={args.provider_key}", file=sys.stderr)
    return asyncio.run(register(args))


if __name__ == "__main__":
    sys.exit(main())
