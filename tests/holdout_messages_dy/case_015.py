#!/usr/bin/env python3
"""together-batch: send a JSONL of prompts to Together's chat completions endpoint.

Top-level script; run with --api-key or TOGETHER_API_KEY in the environment.
"""
import argparse
import json
import os
import sys
import time

import requests

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("input", help="JSONL file with {'prompt': ...} rows")
parser.add_argument("--api-key", default=os.environ.get("TOGETHER_API_KEY"))
parser.add_argument("--base-url", default="https://api.together.xyz/v1")
parser.add_argument("--model", default="meta-llama/Llama-3.3-70B-Instruct-Turbo")
parser.add_argument("--max-tokens", type=int, default=300)
parser.add_argument("--verbose", "-v", action="store_true")
args = parser.parse_args()

if not args.api_key:
    sys.exit("no API key: pass --api-key or set TOGETHER_API_KEY")

print(f"base_url={args.base_url} model={args.model} max_tokens={args.max_tokens}")
print("api key:", "set" if args.api_key else "missing")
if args.verbose:
    print(f"using api key {args.api_key}")

session = requests.Session()
session.headers["Authorization"] = f"Bearer {args.api_key}"
done = failed = 0
with open(args.input) as fh:
    for n, line in enumerate(fh, 1):
        row = json.loads(line)
        for attempt in range(3):
            r = session.post(f"{args.base_url}/chat/completions", json={"model": args.model, "max_tokens": args.max_tokens, "messages": [{"role": "user", "content": row["prompt"]}]}, timeout=120)
            if r.status_code != 429:
                break
            time.sleep(2 ** attempt)
        if r.status_code == 401:
            sys.stderr.write(f"401 Unauthorized; key was {args.api_key}\n")
            sys.exit(2)
        if not r.ok:
            failed += 1
            print(f"row {n}: HTTP {r.status_code} {r.text[:200]}", file=sys.stderr)
            continue
        out = r.json()
        done += 1
        print(json.dumps({"row": n, "text": out["choices"][0]["message"]["content"], "usage": out.get("usage")}))

print(f"{done} ok, {failed} failed", file=sys.stderr)
