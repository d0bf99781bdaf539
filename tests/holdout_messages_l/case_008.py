#!/usr/bin/env python3
"""batch_translate.py: translate a CSV column with an LLM."""
import argparse
import csv
import os
import sys

from openai import OpenAI


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("infile")
    p.add_argument("--column", default="text")
    p.add_argument("--api-key", default=os.environ.get("OPENAI_API_KEY"))
    p.add_argument("--model", default="gpt-4o-mini")
    p.add_argument("--max-tokens", type=int, default=400)
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    if args.verbose:
        print("arguments:", vars(args), file=sys.stderr)
        print(f"{args.model=} {args.max_tokens=}", file=sys.stderr)
    if not args.api_key:
        sys.exit("no API key: pass --api-key or set OPENAI_API_KEY")
    client = OpenAI(api_key=args.api_key)
    total_tokens = 0
    with open(args.infile, newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            resp = client.chat.completions.create(
                model=args.model,
                max_tokens=args.max_tokens,
                messages=[{"role": "user", "content": "Translate to French: " + row[args.column]}],
            )
            total_tokens += resp.usage.total_tokens
            print(resp.choices[0].message.content)
            if i % 50 == 0:
                print(f"row {i}, {total_tokens} tokens so far", file=sys.stderr)
    if args.verbose:
        print(f"done with {args.api_key=}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
