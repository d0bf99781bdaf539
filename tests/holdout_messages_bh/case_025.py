"""Freshdesk Marketplace-style serverless handler (AWS Lambda) for auto-replies."""
import json
import logging
import os

import boto3
import urllib3

logger = logging.getLogger()
logger.setLevel(logging.INFO)
http = urllib3.PoolManager()

ssm = boto3.client("ssm")
PARAM_NAME = os.environ.get("OPENAI_KEY_PARAM", "/helpdesk/openai_api_key")


def get_openai_key() -> str:
    p = ssm.get_parameter(Name=PARAM_NAME, WithDecryption=True)
    return p["Parameter"]["Value"]


def handler(event, context):
    logger.info("request %s from %s", context.aws_request_id, event.get("requestContext", {}).get("domainName"))
    body = json.loads(event.get("body") or "{}")
    fd_key = event.get("headers", {}).get("x-freshdesk-key", "")
    if not fd_key:
        return {"statusCode": 400, "body": json.dumps({"error": "missing x-freshdesk-key"})}
    openai_key = get_openai_key()
    logger.info("loaded key from parameter %s", PARAM_NAME)
    r = http.request("POST", "https://api.openai.com/v1/chat/completions", headers={"Authorization": "Bearer " + openai_key, "Content-Type": "application/json"}, body=json.dumps({"model": "gpt-4o-mini", "max_tokens": 250, "messages": [{"role": "user", "content": body.get("description", "")}]}))
    if r.status >= 400:
        logger.error("openai returned %s: %s", r.status, r.data[:300])
        raise RuntimeError("OpenAI call failed with key " + openai_key)
    reply = json.loads(r.data)["choices"][0]["message"]["content"]
    domain = body.get("domain")
    fr = http.request("POST", f"https://{domain}/api/v2/tickets/{body.get('ticket_id')}/reply", headers=urllib3.make_headers(basic_auth=f"{fd_key}:X") | {"Content-Type": "application/json"}, body=json.dumps({"body": reply}))
    if fr.status >= 400:
        logger.warning("freshdesk reply failed %s for key %s", fr.status, fd_key)
    return {"statusCode": 200, "body": json.dumps({"posted": fr.status < 400})}


def key_fingerprint() -> str:
    import hashlib
    return hashlib.sha256(get_openai_key().encode()).hexdigest()[:8]


def warm() -> None:
    logger.info("openai key fingerprint %s from %s", key_fingerprint(), PARAM_NAME)
