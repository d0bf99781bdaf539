"""Lambda Function URL: streaming-free Bedrock proxy with a per-tenant API key check."""
import json
import os

import boto3
import structlog
from botocore.exceptions import ClientError

log = structlog.get_logger("bedrock-proxy")

bedrock = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
ddb = boto3.resource("dynamodb").Table(os.environ.get("TENANT_TABLE", "tenants"))
MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"


def tenant_for(presented_key: str) -> dict | None:
    item = ddb.get_item(Key={"key_sha256": _digest(presented_key)}).get("Item")
    if item is None:
        log.warning("unknown tenant key", key_fingerprint=_digest(presented_key)[:12])
        log.warning("unknown tenant key presented", presented_key=presented_key)
    return item


def _digest(value: str) -> str:
    import hashlib

    return hashlib.sha256(value.encode()).hexdigest()


def handler(event, context):
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    presented = headers.get("x-api-key", "")
    if not presented:
        return {"statusCode": 401, "body": json.dumps({"error": "x-api-key header required"})}
    tenant = tenant_for(presented)
    if tenant is None:
        return {"statusCode": 403, "body": json.dumps({"error": "unknown key"})}
    log.info("tenant request", tenant_id=tenant["tenant_id"], plan=tenant.get("plan"))
    body = json.loads(event.get("body") or "{}")
    try:
        resp = bedrock.converse(
            modelId=MODEL_ID,
            messages=[{"role": "user", "content": [{"text": body.get("prompt", "")}]}],
            inferenceConfig={"maxTokens": int(body.get("max_tokens", 300))},
        )
    except ClientError as err:
        code = err.response["Error"]["Code"]
        log.error("bedrock error", code=code, tenant_id=tenant["tenant_id"])
        return {"statusCode": 502, "body": json.dumps({"error": code})}
    usage = resp["usage"]
    log.info("bedrock usage", input_tokens=usage["inputTokens"], output_tokens=usage["outputTokens"])
    text = resp["output"]["message"]["content"][0]["text"]
    return {"statusCode": 200, "body": json.dumps({"text": text})}
