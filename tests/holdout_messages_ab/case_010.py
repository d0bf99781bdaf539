#!/usr/bin/env python3
"""eval_cli.py: run a suite of prompts against an OpenAI-compatible endpoint."""
import argparse
import json
import logging
import sys

import httpx

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--api-key", required=True, help="provider API key")
    p.add_argument("--base-url", default="https://api.together.xyz/v1")
    p.add_argument("--model", default="meta-llama/Llama-3-70b-chat-hf")
    p.add_argument("--suite", default="suites/harmful.jsonl")
    p.add_argument("--max-tokens", type=int, default=256)
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    logging.info("model=%s suite=%s max_tokens=%d seed=%d", args.model, args.suite, args.max_tokens, args.seed)
    logging.debug("parsed arguments: %s", vars(args))
    if len(args.api_key) < 20:
        raise ValueError(f"--api-key looks truncated: {args.api_key}")
    client = httpx.Client(base_url=args.base_url, headers={"Authorization": f"Bearer {args.api_key}"}, timeout=60)
    total = failures = 0
    with open(args.suite) as fh:
        for line in fh:
            case = json.loads(line)
            r = client.post("/chat/completions", json={
                "model": args.model, "max_tokens": args.max_tokens, "seed": args.seed,
                "messages": [{"role": "user", "content": case["prompt"]}]})
            total += 1
            if r.status_code != 200:
                failures += 1
                logging.warning("case %s: HTTP %d %s", case["id"], r.status_code, r.text[:120])
    logging.info("%d/%d cases failed", failures, total)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
