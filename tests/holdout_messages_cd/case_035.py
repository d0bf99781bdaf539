"""Gen 1 ModelRed pre-deploy check for the HF-hosted earnings Q&A model (argparse CLI)."""
import argparse
import asyncio
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, ValidationError, SubscriptionLimitError

log = logging.getLogger("predeploy")


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--model-id", default="earnings-qa")
    p.add_argument("--hf-token", default=os.getenv("HF_TOKEN"))
    p.add_argument("--max-tokens", type=int, default=512)
    return p.parse_args()


async def run(args):
    async with ModelRed() as client:
        await client.register_huggingface_model(model_id=args.model_id, model_name="acme/earnings-qa-7b", api_key=args.hf_token)
        return await client.run_assessment(model_id=args.model_id, test_suites=["basic_security"], wait_for_completion=True)


def main():
    args = parse()
    log.info("predeploy %s max_tokens=%d", args.model_id, args.max_tokens)
    if args.hf_token and not args.hf_token.startswith("hf_"):
        log.error("--hf-token should start with hf_, got %s", args.hf_token)
        return 2
    log.info("parsed args: %s", {k: v for k, v in vars(args).items() if k != "hf_token"})
    try:
        result = asyncio.run(run(args))
    except SubscriptionLimitError:
        log.error("subscription limit reached")
        return 3
    except ValidationError as e:
        raise SystemExit(f"ModelRed rejected {args.model_id}: {type(e).__name__}")
    except ModelRedError as e:
        log.exception("predeploy failed: %s", e)
        return 1
    log.info("score %s", result.get("overall_score"))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
