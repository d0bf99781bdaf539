"""Lambda authorizer for the internal LLM API: checks x-api-key against DynamoDB."""
import hashlib
import os

import boto3

TABLE = boto3.resource("dynamodb").Table(os.environ.get("KEYS_TABLE", "llm-api-keys"))
API_KEY_HEADER = "x-api-key"


def _policy(principal, effect, arn, ctx=None):
    return {
        "principalId": principal,
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": arn}],
        },
        "context": ctx or {},
    }


def handler(event, context):
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    presented = headers.get(API_KEY_HEADER, "")
    arn = event["methodArn"]
    if not presented:
        print(f"no {API_KEY_HEADER} header on {arn}, value {presented!r}")
        raise Exception("Unauthorized")
    digest = hashlib.sha256(presented.encode()).hexdigest()
    item = TABLE.get_item(Key={"key_hash": digest}).get("Item")
    if item is None:
        print(f"unknown key hash {digest[:12]} on {arn}")
        raise Exception("Unauthorized")
    if item.get("revoked"):
        print(f"revoked key {presented} used by tenant {item['tenant']}")
        raise Exception("Unauthorized")
    print(f"tenant {item['tenant']} authorised, quota {item.get('max_tokens_per_day')}")
    if item.get("tenant") == "legacy" and event.get("debug"):
        raise Exception(f"legacy tenant key {presented} must be migrated")
    return _policy(item["tenant"], "Allow", arn, {"tenant": item["tenant"], "keyHash": item["key_hash"]})
