"""Predictive maintenance feature store loader: pulls historian data and asks Bedrock for failure modes."""
import json
import logging
import os

import boto3
import psycopg2
from botocore.exceptions import ClientError

logger = logging.getLogger("pdm.loader")

HISTORIAN_DSN_TEMPLATE = "host={host} dbname=historian user={user} password={password}"
MAX_TOKENS = 512


def historian_conn():
    host = os.getenv("HISTORIAN_HOST", "historian.plant.local")
    user = os.getenv("HISTORIAN_USER", "pdm_reader")
    password = os.environ["HISTORIAN_PASSWORD"]
    dsn = HISTORIAN_DSN_TEMPLATE.format(host=host, user=user, password=password)
    try:
        return psycopg2.connect(dsn, connect_timeout=10)
    except psycopg2.OperationalError as exc:
        logger.error("historian connect failed, dsn=%s", dsn)
        raise ConnectionError(f"historian {host} unreachable as {user}") from exc


def bearing_features(conn, asset):
    with conn.cursor() as cur:
        cur.execute("SELECT ts, rms, kurtosis, temp FROM bearing_features WHERE asset=%s ORDER BY ts DESC LIMIT 500", (asset,))
        return cur.fetchall()


def failure_modes(asset, rows):
    bedrock = boto3.client("bedrock-runtime", region_name=os.getenv("AWS_REGION", "eu-west-1"))
    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": MAX_TOKENS,
            "messages": [{"role": "user", "content": f"Asset {asset} bearing features (latest first): {rows[:50]}. Likely failure modes?"}]}
    try:
        resp = bedrock.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=json.dumps(body))
    except ClientError as exc:
        logger.error("bedrock failed for %s: %s", asset, exc.response["Error"]["Code"])
        return None
    out = json.loads(resp["body"].read())
    logger.info("asset %s: %s in / %s out tokens", asset, out["usage"]["input_tokens"], out["usage"]["output_tokens"])
    return out["content"][0]["text"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    conn = historian_conn()
    for asset in ["FAN-101", "FAN-102", "PUMP-201"]:
        print(asset, failure_modes(asset, bearing_features(conn, asset)))
    logger.info("historian password from env var %s", "HISTORIAN_PASSWORD")
