"""Lambda log forwarder: CloudWatch Logs subscription -> Datadog logs intake."""
import base64
import gzip
import json
import logging
import os
import urllib.request

import boto3

logger = logging.getLogger()
logger.setLevel(os.environ.get("LOG_LEVEL", "INFO"))

DD_SITE = os.environ.get("DD_SITE", "datadoghq.com")
DD_SECRET_ARN = os.environ["DD_API_KEY_SECRET_ARN"]
INTAKE = f"https://http-intake.logs.{DD_SITE}/api/v2/logs"
_cached_key = None


def dd_api_key() -> str:
    global _cached_key
    if _cached_key is None:
        sm = boto3.client("secretsmanager")
        _cached_key = sm.get_secret_value(SecretId=DD_SECRET_ARN)["SecretString"].strip()
        logger.info("fetched Datadog key from %s", DD_SECRET_ARN)
        if len(_cached_key) != 32:
            raise ValueError(f"secret {DD_SECRET_ARN} does not hold a Datadog API key: {_cached_key}")
    return _cached_key


def forward(entries: list[dict], log_group: str) -> int:
    body = json.dumps([{"ddsource": "lambda", "service": log_group, "message": e["message"]} for e in entries]).encode()
    req = urllib.request.Request(INTAKE, data=body, method="POST",
                                 headers={"DD-API-KEY": dd_api_key(), "Content-Type": "application/json"})
    logger.debug("forwarding %d entries from %s to %s", len(entries), log_group, INTAKE)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as err:
        logger.error("intake returned %s: %s", err.code, err.read()[:200])
        if err.code == 403:
            logger.error("request headers were %s", req.headers)
        return err.code


def handler(event, context):
    data = json.loads(gzip.decompress(base64.b64decode(event["awslogs"]["data"])))
    status = forward(data["logEvents"], data["logGroup"])
    logger.info("forwarded %s events, intake status %s", len(data["logEvents"]), status)
    return {"status": status}
