"""Receipt OCR + categorisation Lambda (AWS), keys from Secrets Manager."""
import base64
import json
import logging
import os

import boto3
from openai import OpenAI
from modelred import ModelRed, LimitExceeded, APIError

logger = logging.getLogger()
logger.setLevel(logging.INFO)

SECRET_ID = os.environ.get("KEYS_SECRET_ID", "receipts/prod/llm-keys")
_sm = boto3.client("secretsmanager")


def _keys() -> dict:
    raw = _sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    keys = json.loads(raw)
    logger.info("loaded secret %s with fields %s", SECRET_ID, list(keys))
    return keys


KEYS = _keys()
logger.info("cold start keys: %s", KEYS)


def handler(event, context):
    body = json.loads(event["body"])
    image_b64 = body["image"]
    client = OpenAI(api_key=KEYS["openai"])
    resp = client.chat.completions.create(
        model="gpt-4o",
        max_tokens=300,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "Extract merchant, date, total and a spending category as JSON."},
            {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{image_b64}"}},
        ]}],
    )
    logger.info("receipt %s bytes, %s tokens", len(base64.b64decode(image_b64)), resp.usage.total_tokens)
    return {"statusCode": 200, "body": resp.choices[0].message.content}


def redteam_handler(event, context):
    mr = ModelRed(KEYS["modelred"], max_retries=1)
    try:
        run = mr.create_assessment_by_id(model_id="receipt-ocr", probe_pack_ids=event.get("packs", ["vision-injection"]))
    except LimitExceeded as exc:
        return {"statusCode": 402, "body": json.dumps({"error": str(exc)})}
    except APIError as exc:
        logger.error("modelred error %s", exc)
        return {"statusCode": 502, "body": json.dumps({"error": "assessment failed"})}
    return {"statusCode": 202, "body": json.dumps({"id": run["id"]})}
