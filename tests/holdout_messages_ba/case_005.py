"""Amazon Connect contact-flow Lambda: summarise the caller's last utterance for the agent."""
import json
import logging
import os

import boto3
from openai import OpenAI, OpenAIError

from modelred import AuthenticationError, ModelRed, ModelRedError

logger = logging.getLogger()
logger.setLevel(logging.INFO)

SECRET_ID = os.environ.get("LLM_SECRET_ID", "connect/summary/openai")
_secrets = boto3.client("secretsmanager")
_cache = {}


def _openai_key() -> str:
    if "key" not in _cache:
        raw = _secrets.get_secret_value(SecretId=SECRET_ID)["SecretString"]
        _cache["key"] = json.loads(raw)["OPENAI_API_KEY"]
        logger.info("loaded secret %s (%d chars)", SECRET_ID, len(_cache["key"]))
    return _cache["key"]


def lambda_handler(event, context):
    details = event["Details"]
    contact_id = details["ContactData"]["ContactId"]
    utterance = details["Parameters"].get("utterance", "")
    logger.info("contact %s, instance %s", contact_id, details["ContactData"]["InstanceARN"])
    key = _openai_key()
    try:
        client = OpenAI(api_key=key, timeout=4)
        out = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=80,
            messages=[{"role": "user", "content": f"Summarise for an agent: {utterance}"}],
        )
    except OpenAIError as exc:
        logger.error("openai failed for %s with key %s: %s", contact_id, key, exc)
        return {"summary": "", "status": "llm_error"}
    logger.info("summary used %s tokens", out.usage.total_tokens)
    return {"summary": out.choices[0].message.content, "status": "ok"}


async def nightly_check(event, context):
    """Scheduled: red-team the summary model before the morning shift."""
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            await client.validate_api_key()
            job = await client.run_assessment(model_id="connect-summary", test_suites=["data_leakage"])
        return {"status": "started", "assessment": job.assessment_id}
    except AuthenticationError as e:
        logger.error("modelred auth failed: %s", type(e).__name__)
        return {"status": "auth_error"}
    except ModelRedError as e:
        return {"status": "error", "detail": str(e)}
