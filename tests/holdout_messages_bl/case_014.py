"""Lambda: Bedrock-backed summariser with a fallback to OpenAI when Bedrock throttles."""
import json
import logging
import os

import boto3
import botocore.exceptions
from openai import OpenAI, AuthenticationError as OpenAIAuthError

log = logging.getLogger(__name__)
log.setLevel(os.environ.get("LOG_LEVEL", "INFO"))

bedrock = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
ssm = boto3.client("ssm")
FALLBACK_PARAM = "/llm/fallback/openai-api-key"
MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"


def _fallback_key():
    return ssm.get_parameter(Name=FALLBACK_PARAM, WithDecryption=True)["Parameter"]["Value"]


def _bedrock(prompt, max_tokens):
    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
    out = bedrock.invoke_model(modelId=MODEL_ID, body=json.dumps(body))
    return json.loads(out["body"].read())["content"][0]["text"]


def lambda_handler(event, context):
    prompt = event["text"]
    max_tokens = int(event.get("max_tokens", 300))
    log.info("summarise %d chars, max_tokens=%d", len(prompt), max_tokens)
    try:
        return {"summary": _bedrock(prompt, max_tokens), "via": "bedrock"}
    except botocore.exceptions.ClientError as e:
        log.warning("bedrock %s, falling back", e.response["Error"]["Code"])
    openai_key = _fallback_key()
    log.info("fallback key from %s", FALLBACK_PARAM)
    client = OpenAI(api_key=openai_key)
    try:
        resp = client.chat.completions.create(model="gpt-4o-mini", max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
    except OpenAIAuthError:
        log.error("fallback OpenAI key rejected: %s", openai_key)
        raise RuntimeError(f"OpenAI fallback auth failed for key {openai_key[:3]}...{openai_key[-4:]}")
    log.info("openai usage: %s tokens", resp.usage.total_tokens)
    return {"summary": resp.choices[0].message.content, "via": "openai"}
