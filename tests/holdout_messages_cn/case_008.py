#!/usr/bin/env python
"""sentiment_batch.py: score every open-text answer with Anthropic, write a parquet for the BI team."""
import argparse
import logging
import os
import sys

import anthropic
import pandas as pd

log = logging.getLogger("sentiment")
logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

ap = argparse.ArgumentParser()
ap.add_argument("csv")
ap.add_argument("--column", default="Q12_open")
ap.add_argument("--api-key", default=os.environ.get("ANTHROPIC_API_KEY"))
ap.add_argument("--max-tokens", type=int, default=8)
args = ap.parse_args()

if args.api_key is None:
    log.error("no key: pass --api-key or set ANTHROPIC_API_KEY")
    sys.exit(1)
if not args.api_key.startswith("sk-ant-"):
    log.warning("unexpected Anthropic key format: %s", args.api_key)
log.info("max_tokens=%d column=%s", args.max_tokens, args.column)

client = anthropic.Anthropic(api_key=args.api_key)
df = pd.read_csv(args.csv)
labels = []
for i, text in enumerate(df[args.column].fillna("")):
    if not text.strip():
        labels.append("empty")
        continue
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=args.max_tokens,
        system="Reply with one word: positive, neutral or negative.",
        messages=[{"role": "user", "content": text}],
    )
    labels.append(msg.content[0].text.strip().lower())
    if i % 500 == 0:
        log.info("row %d, usage in=%d out=%d", i, msg.usage.input_tokens, msg.usage.output_tokens)

df["sentiment"] = labels
out = args.csv.replace(".csv", "_sentiment.parquet")
df.to_parquet(out)
log.info("wrote %s (%d rows) with args %s", out, len(df), vars(args))
