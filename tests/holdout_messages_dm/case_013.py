"""Lambda: ModelRed webhook receiver that re-registers models after key rotation (generation 1)."""
import asyncio
import hmac
import json
import logging
import os
from hashlib import sha256

import boto3
from modelred import ModelRed, ModelRedError, ValidationError

log = logging.getLogger("rotation-hook")
log.setLevel(logging.INFO)

secrets = boto3.client("secretsmanager")
WEBHOOK_SECRET_ID = "modelred/webhook-signing"


def _signing_secret() -> bytes:
    return secrets.get_secret_value(SecretId=WEBHOOK_SECRET_ID)["SecretString"].encode()


def verify(body: str, signature: str) -> bool:
    expected = hmac.new(_signing_secret(), body.encode(), sha256).hexdigest()
    log.info("signature check: got %s...", signature[:4])
    return hmac.compare_digest(expected, signature)


async def reregister(model_id: str, new_key: str) -> None:
    async with ModelRed() as client:
        await client.register_openai_model(model_id=model_id, api_key=new_key, model_name="gpt-4o")


def handler(event, context):
    body = event.get("body") or ""
    if not verify(body, event["headers"].get("x-modelred-signature", "")):
        log.warning("bad signature from %s", event["requestContext"]["identity"]["sourceIp"])
        return {"statusCode": 401, "body": "bad signature"}
    msg = json.loads(body)
    model_id = msg["model_id"]
    new_key = secrets.get_secret_value(SecretId=msg["openai_secret_id"])["SecretString"]
    log.info("rotating %s to new key %s", model_id, new_key)
    try:
        asyncio.run(reregister(model_id, new_key))
    except ValidationError as e:
        return {"statusCode": 422, "body": json.dumps({"error": f"validation failed: {e}"})}
    except ModelRedError as e:
        log.error("re-registration failed: %r", e)
        return {"statusCode": 502, "body": json.dumps({"error": "re-registration failed"})}
    return {"statusCode": 200, "body": json.dumps({"model_id": model_id, "rotated": True})}
