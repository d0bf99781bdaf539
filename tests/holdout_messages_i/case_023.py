"""redteam-run: register a model with ModelRed and start an assessment (SDK generation 1)."""
import argparse
import asyncio
import logging
import os
import sys

from modelred import AuthenticationError, ModelRed, ModelRedError

log = logging.getLogger("redteam-run")


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("model_id")
    p.add_argument("--suite", action="append", default=[], dest="suites")
    p.add_argument("--api-key", default=os.getenv("MODELRED_API_KEY"), help="defaults to $MODELRED_API_KEY")
    p.add_argument("--openai-key", default=os.getenv("OPENAI_API_KEY"))
    p.add_argument("--max-tokens", type=int, default=256)
    p.add_argument("-v", "--verbose", action="store_true")
    return p.parse_args(argv)


async def run(args: argparse.Namespace) -> int:
    async with ModelRed(api_key=args.api_key) as client:
        await client.register_openai_model(model_id=args.model_id, api_key=args.openai_key, model_name="gpt-4o-mini", max_tokens=args.max_tokens)
        result = await client.run_assessment(model_id=args.model_id, test_suites=args.suites or ["basic_security"], wait_for_completion=True, timeout_minutes=30)
    print(f"assessment {result.assessment_id}: overall score {result.overall_score}")
    return 0


def main(argv=None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    if args.verbose:
        log.debug("arguments: %s", args)
    log.info("model=%s suites=%s max_tokens=%d", args.model_id, args.suites, args.max_tokens)
    if not args.api_key:
        sys.exit("no ModelRed key: pass --api-key or set MODELRED_API_KEY")
    if not args.openai_key or not args.openai_key.startswith("sk-"):
        sys.exit(f"--openai-key {args.openai_key!r} is not an OpenAI key")
    try:
        return asyncio.run(run(args))
    except AuthenticationError:
        print("ModelRed rejected the API key", file=sys.stderr)
        return 2
    except ModelRedError as e:
        log.error("assessment failed: %s", e)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
