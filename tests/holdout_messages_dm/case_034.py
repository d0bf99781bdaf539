"""Lambda: Kinesis consumer tagging clickstream events with Mistral; key cached across invocations."""
import base64
import json
import logging
import os

import boto3
from mistralai import Mistral

log = logging.getLogger(__name__)
log.setLevel(logging.INFO)

_secret_cache: dict = {}
SECRET_ID = os.environ.get("MISTRAL_SECRET_ID", "clickstream/mistral")
MISTRAL_KEY_FIELD = "MISTRAL_API_KEY"


def mistral_key() -> str:
    if "value" not in _secret_cache:
        raw = boto3.client("secretsmanager").get_secret_value(SecretId=SECRET_ID)["SecretString"]
        _secret_cache["value"] = json.loads(raw)[MISTRAL_KEY_FIELD]
        _secret_cache["loaded_at"] = __import__("time").time()
        log.info("cached %s from %s at %.0f", MISTRAL_KEY_FIELD, SECRET_ID, _secret_cache["loaded_at"])
    return _secret_cache["value"]


def tag(client: Mistral, event: dict) -> str:
    resp = client.chat.complete(model="mistral-small-latest", max_tokens=8, messages=[{"role": "user", "content": f"One-word topic for: {event['page_title']}"}])
    log.debug("tagging used %d tokens", resp.usage.total_tokens)
    return resp.choices[0].message.content.strip()


def handler(event, context):
    key = mistral_key()
    client = Mistral(api_key=key)
    out = []
    for rec in event["Records"]:
        data = json.loads(base64.b64decode(rec["kinesis"]["data"]))
        try:
            data["topic"] = tag(client, data)
        except Exception as exc:
            if "401" in str(exc):
                log.error("Mistral rejected key (cache age %.0fs): %s", context.get_remaining_time_in_millis() / 1000, _secret_cache)
                _secret_cache.clear()
            log.warning("tagging failed for %s: %s", rec["kinesis"]["sequenceNumber"], type(exc).__name__)
            data["topic"] = "unknown"
        out.append(data)
    log.info("tagged %d events", len(out))
    return {"tagged": len(out)}
