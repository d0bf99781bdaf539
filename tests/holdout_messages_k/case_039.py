#!/usr/bin/env python
"""grok_batch.py: send a JSONL file of prompts to xAI and save the answers."""
import argparse
import json
import os
import sys
import traceback

import requests

XAI_URL = "https://api.x.ai/v1/chat/completions"


def call(prompt: str, api_key: str, max_tokens: int) -> str:
    r = requests.post(XAI_URL, timeout=60, headers={"Authorization": f"Bearer {api_key}"},
                      json={"model": "grok-2-latest", "max_tokens": max_tokens,
                            "messages": [{"role": "user", "content": prompt}]})
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("infile")
    p.add_argument("--api-key", default=os.environ.get("XAI_API_KEY"))
    p.add_argument("--max-tokens", type=int, default=400)
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args(argv)
    if args.verbose:
        print(f"arguments: {vars(args)}", file=sys.stderr)
        print(f"max tokens {args.max_tokens}, key set {args.api_key is not None}", file=sys.stderr)
    if not args.api_key:
        p.error("--api-key or XAI_API_KEY is required")
    done = 0
    with open(args.infile) as f:
        for n, line in enumerate(f, 1):
            prompt = json.loads(line)["prompt"]
            try:
                answer = call(prompt, args.api_key, args.max_tokens)
            except requests.HTTPError as err:
                traceback.print_exc()
                print(f"line {n}: HTTP {err.response.status_code}", file=sys.stderr)
                continue
            except requests.ConnectionError as err:
                raise RuntimeError(f"cannot reach xAI with key {args.api_key}") from err
            print(json.dumps({"line": n, "answer": answer}))
            done += 1
    print(f"{done} answers written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
