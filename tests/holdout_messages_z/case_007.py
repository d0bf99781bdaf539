"""acme-bench: argparse entry point of a provider benchmark tool."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time

from openai import OpenAI

log = logging.getLogger("acme_bench")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="acme-bench")
    p.add_argument("--api-key", default=os.environ.get("OPENAI_API_KEY"), help="defaults to $OPENAI_API_KEY")
    p.add_argument("--base-url", default="https://api.openai.com/v1")
    p.add_argument("--model", default="gpt-4o-mini")
    p.add_argument("--max-tokens", type=int, default=256)
    p.add_argument("--runs", type=int, default=10)
    p.add_argument("-v", "--verbose", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    if not args.api_key:
        parser.error("--api-key or OPENAI_API_KEY is required")
    if args.verbose:
        print("arguments:", vars(args), file=sys.stderr)
    print(f"model={args.model} max_tokens={args.max_tokens} runs={args.runs} base_url={args.base_url}")
    client = OpenAI(api_key=args.api_key, base_url=args.base_url)
    latencies = []
    total_tokens = 0
    for i in range(args.runs):
        t0 = time.perf_counter()
        out = client.chat.completions.create(
            model=args.model,
            messages=[{"role": "user", "content": "Say hello in five words."}],
            max_tokens=args.max_tokens,
        )
        latencies.append(time.perf_counter() - t0)
        total_tokens += out.usage.total_tokens
        log.debug("run %d: %.3fs, %d tokens", i, latencies[-1], out.usage.total_tokens)
    latencies.sort()
    p50 = latencies[len(latencies) // 2]
    print(f"p50 {p50:.3f}s  max {latencies[-1]:.3f}s  tokens {total_tokens}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
