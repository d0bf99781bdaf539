#!/usr/bin/env python3
"""toll_reconcile.py - match toll transponder reads against trips, ask an LLM to explain outliers."""
import argparse
import csv
import os
import sys

import anthropic

parser = argparse.ArgumentParser()
parser.add_argument("statement", help="CSV statement from the toll agency")
parser.add_argument("--agency-key", default=os.environ.get("TOLL_AGENCY_API_KEY"))
parser.add_argument("--verbose", action="store_true")
args = parser.parse_args()

anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
if not anthropic_key:
    sys.exit("set ANTHROPIC_API_KEY")

if args.verbose:
    print(f"statement file: {args.statement}", file=sys.stderr)
    print("statement:", args.statement, "verbose:", args.verbose)

rows = []
with open(args.statement, newline="") as fh:
    for row in csv.DictReader(fh):
        rows.append(row)
print(f"{len(rows)} transponder reads")

outliers = [r for r in rows if float(r.get("amount", 0)) > 25]
client = anthropic.Anthropic(api_key=anthropic_key)
msg = client.messages.create(
    model="claude-3-5-haiku-latest",
    max_tokens=800,
    messages=[{"role": "user", "content": "Explain these toll charges:\n" + "\n".join(str(o) for o in outliers[:50])}],
)
print("input tokens", msg.usage.input_tokens, "output tokens", msg.usage.output_tokens)
print(msg.content[0].text)

if args.agency_key:
    import requests
    r = requests.get("https://api.tollagency.example/v1/disputes", headers={"x-api-key": args.agency_key}, timeout=15)
    print("disputes endpoint:", r.status_code)
    if r.status_code == 403:
        print("agency key", args.agency_key, "is not allowed to read disputes", file=sys.stderr)
else:
    print("no agency key; skipping disputes")
