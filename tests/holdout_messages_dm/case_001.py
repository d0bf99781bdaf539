"""Lambda: summarise support tickets with OpenAI; key from Secrets Manager."""
import json
import os

import boto3
from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.utilities.typing import LambdaContext
from openai import OpenAI, APIStatusError

logger = Logger(service="ticket-summary")
tracer = Tracer(service="ticket-summary")

SECRET_ID = os.environ.get("OPENAI_SECRET_ID", "prod/support/openai")
MODEL = os.environ.get("SUMMARY_MODEL", "gpt-4o-mini")
MAX_TOKENS = 400

_sm = boto3.client("secretsmanager")
_openai_key = None


def _load_key() -> str:
    global _openai_key
    if _openai_key is None:
        resp = _sm.get_secret_value(SecretId=SECRET_ID)
        logger.info("fetched secret %s version %s", SECRET_ID, resp["VersionId"])
        _openai_key = json.loads(resp["SecretString"])["openai_api_key"]
        logger.debug(f"cold start: cached OpenAI key {_openai_key}")
    return _openai_key


@tracer.capture_method
def summarise(text: str) -> dict:
    client = OpenAI(api_key=_load_key())
    completion = client.chat.completions.create(
        model=MODEL,
        max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "Summarise the ticket."},
                  {"role": "user", "content": text}],
    )
    logger.info("summary used %d tokens (limit %d)", completion.usage.total_tokens, MAX_TOKENS)
    return {"summary": completion.choices[0].message.content}


@logger.inject_lambda_context(log_event=False)
@tracer.capture_lambda_handler
def handler(event: dict, context: LambdaContext) -> dict:
    body = json.loads(event.get("body") or "{}")
    text = body.get("text", "")
    if not text:
        return {"statusCode": 400, "body": json.dumps({"error": "text is required"})}
    try:
        result = summarise(text)
    except APIStatusError as err:
        logger.warning("OpenAI rejected key ending %s: status %s", _load_key()[-4:], err.status_code)
        key = _load_key()
        logger.error("OpenAI call failed with key %s", key)
        return {"statusCode": 502, "body": json.dumps({"error": "upstream model error"})}
    return {"statusCode": 200, "body": json.dumps(result)}
