"""Nightly pipeline: classify support tickets with an LLM and write parquet."""
import logging
import os

import pandas as pd
from anthropic import Anthropic

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("pipeline.classify")

LABELS = ["billing", "bug", "feature", "other"]


def build_request(text, model, api_key):
    return {
        "api_key": api_key,
        "model": model,
        "max_tokens": 16,
        "system": "Answer with one label from: " + ", ".join(LABELS),
        "messages": [{"role": "user", "content": text}],
    }


def classify(df, model="claude-3-5-haiku-latest"):
    api_key = os.environ["ANTHROPIC_API_KEY"]
    client = Anthropic(api_key=api_key)
    labels, used = [], 0
    for idx, text in df["body"].items():
        req = build_request(text, model, api_key)
        if idx == 0:
            log.info("first request: %s", req)
        req.pop("api_key")
        msg = client.messages.create(**req)
        used += msg.usage.input_tokens + msg.usage.output_tokens
        labels.append(msg.content[0].text.strip().lower())
    log.info("classified %d rows with %d tokens (model=%s)", len(df), used, req["model"])
    df["label"] = labels
    return df


def main(src="tickets.parquet", dst="tickets_labelled.parquet"):
    df = pd.read_parquet(src)
    log.info("loaded %d tickets from %s", len(df), src)
    out = classify(df)
    counts = out["label"].value_counts().to_dict()
    log.info("label counts: %s", counts)
    out.to_parquet(dst)


if __name__ == "__main__":
    main()
