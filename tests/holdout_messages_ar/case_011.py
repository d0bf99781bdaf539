#!/usr/bin/env python3
"""One-off: backfill categories on last quarter's bank-feed transactions with Claude."""
import csv
import os
import sys

import anthropic
from modelred import ModelRed, NotFound, Forbidden

ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY")
MR_KEY = os.environ.get("MODELRED_API_KEY")
BATCH = 40
CATEGORY_MODEL = "claude-3-5-sonnet-latest"

if not ANTHROPIC_KEY:
    print(f"no ANTHROPIC_API_KEY (got {ANTHROPIC_KEY!r}), aborting", file=sys.stderr)
    sys.exit(2)

client = anthropic.Anthropic(api_key=ANTHROPIC_KEY)
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
print(f"{len(rows)} transactions, batch={BATCH}, model={CATEGORY_MODEL}")

with ModelRed(MR_KEY) as mr:
    try:
        verdict = mr.get_assessment("bankfeed-categoriser-q3")
        print("latest red-team verdict:", verdict.get("status"))
    except Forbidden:
        print(f"ModelRed key {MR_KEY} cannot read assessments", file=sys.stderr)
    except NotFound as e:
        print("no assessment found:", e, file=sys.stderr)

out = csv.DictWriter(open("categorised.csv", "w", newline=""), fieldnames=[*rows[0].keys(), "category"])
out.writeheader()
used = 0
for i in range(0, len(rows), BATCH):
    chunk = rows[i:i + BATCH]
    lines = "\n".join(f"{r['date']}|{r['description']}|{r['amount']}" for r in chunk)
    msg = client.messages.create(
        model=CATEGORY_MODEL,
        max_tokens=2000,
        messages=[{"role": "user", "content": "Categorise each line (one category per line):\n" + lines}],
    )
    used += msg.usage.output_tokens
    cats = msg.content[0].text.strip().splitlines()
    for r, c in zip(chunk, cats):
        out.writerow({**r, "category": c.strip()})
print(f"done; output tokens used: {used}")
print("anthropic key used:", ANTHROPIC_KEY[:4] + "…" + ANTHROPIC_KEY[-4:])
