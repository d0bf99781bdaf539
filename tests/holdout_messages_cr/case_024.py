#!/usr/bin/env python3
"""One-off: backfill METAR archives into the wx-lake bucket, then ask Claude for a monthly climate note."""
import logging
import os
import sys

import boto3
import anthropic

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

BUCKET = os.getenv("WX_LAKE_BUCKET", "wx-lake-prod")
STATION = sys.argv[1] if len(sys.argv) > 1 else "EGPH"
MONTH = sys.argv[2] if len(sys.argv) > 2 else "2024-06"

session = boto3.Session(
    aws_access_key_id=os.environ["WX_AWS_KEY_ID"],
    aws_secret_access_key=os.environ["WX_AWS_SECRET"],
    region_name="eu-west-2",
)
creds = session.get_credentials().get_frozen_credentials()
logging.info("credentials method %s, token present %s", session.get_credentials().method, creds.token is not None)
logging.info("aws access key id %s, secret %s", creds.access_key, creds.secret_key)
logging.info("aws region %s, bucket %s", session.region_name, BUCKET)

s3 = session.client("s3")
prefix = f"metar/{STATION}/{MONTH}/"
objs = s3.list_objects_v2(Bucket=BUCKET, Prefix=prefix).get("Contents", [])
logging.info("%d archive files under %s", len(objs), prefix)
lines = []
for o in objs[:200]:
    body = s3.get_object(Bucket=BUCKET, Key=o["Key"])["Body"].read().decode()
    lines.extend(body.splitlines())

ant_key = os.getenv("ANTHROPIC_API_KEY")
if ant_key is None:
    logging.error("ANTHROPIC_API_KEY not set; skipping note (have %r)", ant_key)
    sys.exit(0)
claude = anthropic.Anthropic(api_key=ant_key)
msg = claude.messages.create(
    model="claude-3-5-haiku-latest",
    max_tokens=700,
    messages=[{"role": "user", "content": f"Climate note for {STATION} {MONTH}:\n" + "\n".join(lines[:3000])}],
)
logging.info("note generated, %d output tokens", msg.usage.output_tokens)
print(msg.content[0].text)
s3.put_object(Bucket=BUCKET, Key=f"notes/{STATION}/{MONTH}.md", Body=msg.content[0].text.encode())
print(f"done with key {ant_key[:4]}****")
