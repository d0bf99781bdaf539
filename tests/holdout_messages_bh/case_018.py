"""Satisfaction dashboard exporter: pulls CSAT from Zendesk and sentiment from an LLM."""
import csv
import logging
import os
import sys
import warnings

import boto3
import requests
from openai import OpenAI

log = logging.getLogger("csat.export")
SECRET_ID = "support/csat-exporter"


def load_secrets() -> dict:
    sm = boto3.client("secretsmanager", region_name=os.getenv("AWS_REGION", "eu-west-1"))
    raw = sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    import json
    secrets = json.loads(raw)
    log.info("loaded secret %s with fields %s", SECRET_ID, sorted(secrets))
    return secrets


def ratings(secrets: dict, since: str):
    r = requests.get("https://acme.zendesk.com/api/v2/satisfaction_ratings.json", params={"start_time": since}, auth=(secrets["zd_email"] + "/token", secrets["zd_token"]), timeout=30)
    if r.status_code != 200:
        warnings.warn(f"ratings fetch returned {r.status_code} for {secrets['zd_email']}")
        return []
    return r.json()["satisfaction_ratings"]


def sentiment(llm: OpenAI, comment: str) -> str:
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=3, messages=[{"role": "user", "content": f"positive/negative/neutral: {comment}"}])
    return out.choices[0].message.content.strip()


def main(since: str, path: str) -> None:
    secrets = load_secrets()
    if "openai_key" not in secrets:
        warnings.warn(f"openai_key missing from {SECRET_ID}; got {secrets}")
        sys.exit(2)
    llm = OpenAI(api_key=secrets["openai_key"])
    rows = ratings(secrets, since)
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ticket", "score", "sentiment"])
        for r in rows:
            w.writerow([r["ticket_id"], r["score"], sentiment(llm, r.get("comment") or "")])
    log.info("exported %d ratings to %s", len(rows), path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1], sys.argv[2])
