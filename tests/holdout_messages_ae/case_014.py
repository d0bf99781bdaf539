#!/usr/bin/env python3
# llm-commit: suggest a commit message for the staged changes (terse script, run directly)
import argparse
import os
import subprocess
import sys

from openai import OpenAI

p = argparse.ArgumentParser()
p.add_argument("--api-key", default=os.environ.get("OPENAI_API_KEY"))
p.add_argument("--model", default="gpt-4o-mini")
p.add_argument("--max-tokens", type=int, default=80)
p.add_argument("--dry-run", action="store_true")
p.add_argument("--debug", action="store_true")
args = p.parse_args()

if args.debug:
    print("args:", vars(args), file=sys.stderr)
    print(f"model={args.model} max_tokens={args.max_tokens}", file=sys.stderr)

if not args.api_key:
    sys.exit("no API key: pass --api-key or set OPENAI_API_KEY")

diff = subprocess.check_output(["git", "diff", "--cached"], text=True)
if not diff:
    print("nothing staged")
    sys.exit(0)

client = OpenAI(api_key=args.api_key)
resp = client.chat.completions.create(
    model=args.model,
    max_tokens=args.max_tokens,
    messages=[{"role": "system", "content": "One-line conventional commit message."},
              {"role": "user", "content": diff[:12000]}],
)
msg = resp.choices[0].message.content.strip()
print(f"# {resp.usage.prompt_tokens} prompt + {resp.usage.completion_tokens} completion tokens", file=sys.stderr)

if args.dry_run:
    print(msg)
    sys.exit(0)

subprocess.run(["git", "commit", "-m", msg], check=True)
print(f"committed with key {args.api_key}: {msg}")
