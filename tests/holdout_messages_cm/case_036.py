"""Field-service work-order summariser deployed as an AWS Lambda."""
import json
import logging
import os

import boto3
import urllib3

logger = logging.getLogger()
logger.setLevel(logging.INFO)

http = urllib3.PoolManager()
_secrets = boto3.client("secretsmanager")
SECRET_ID = os.environ.get("WO_SECRET_ID", "fieldservice/prod/llm")


def get_secret(secret_id: str) -> dict:
    value = _secrets.get_secret_value(SecretId=secret_id)["SecretString"]
    return json.loads(value)


def handler(event, context):
    logger.info("work order event from %s, secret id %s", event.get("source"), SECRET_ID)
    creds = get_secret(SECRET_ID)
    mistral_key = creds["mistral_api_key"]
    logger.info("secret fields: %s", sorted(creds.keys()))
    wo = json.loads(event["body"])
    r = http.request(
        "POST", "https://api.mistral.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {mistral_key}", "Content-Type": "application/json"},
        body=json.dumps({"model": "mistral-small-latest", "max_tokens": 300,
                         "messages": [{"role": "user", "content": f"Summarise work order: {wo}"}]}),
    )
    if r.status >= 400:
        logger.error("mistral %s: %s", r.status, r.data[:300])
        logger.error("key used: %s", mistral_key)
        return {"statusCode": 502, "body": json.dumps({"error": "summary failed"})}
    out = json.loads(r.data)
    logger.info("summary tokens %s", out["usage"]["total_tokens"])
    return {"statusCode": 200, "body": json.dumps({"summary": out["choices"][0]["message"]["content"]})}


def debug_secret(event, context):
    creds = get_secret(SECRET_ID)
    print(json.dumps(creds))
    return {"statusCode": 204}
