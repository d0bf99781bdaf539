"""Lambda: Bedrock Agents action group calling a partner LLM; fallback key baked into the image for staging."""
import json
import logging
import os

import requests
from aws_lambda_powertools.utilities import parameters

logger = logging.getLogger()
logger.setLevel(logging.INFO)

STAGING_FALLBACK_KEY = "sk-TKo8GOsIIRcKHXHLa2XX5iPmxHONHvPWHBx39a4Yt9ynJf6W"
PARTNER_URL = os.environ.get("PARTNER_URL", "https://llm.partner.example/v1/chat/completions")
PARTNER_SECRET = os.environ.get("PARTNER_SECRET_NAME", "agents/partner-llm")


def partner_key() -> str:
    try:
        return parameters.get_secret(PARTNER_SECRET, max_age=900)
    except parameters.exceptions.GetParameterError as exc:
        logger.warning("secret %s unavailable (%s); using staging fallback", PARTNER_SECRET, type(exc).__name__)
        return STAGING_FALLBACK_KEY


def ask_partner(question: str) -> str:
    key = partner_key()
    r = requests.post(PARTNER_URL, headers={"Authorization": f"Bearer {key}"}, json={"messages": [{"role": "user", "content": question}], "max_tokens": 300}, timeout=25)
    if r.status_code == 401:
        logger.error("partner rejected key %s (fallback in use: %s)", key, key == STAGING_FALLBACK_KEY)
        raise PermissionError("partner LLM rejected our credentials")
    if r.status_code >= 400:
        raise RuntimeError(f"partner LLM error {r.status_code}: {r.text[:200]}")
    return r.json()["choices"][0]["message"]["content"]


def lambda_handler(event, context):
    logger.info("agent %s action %s function %s", event["agent"]["name"], event["actionGroup"], event["function"])
    params = {p["name"]: p["value"] for p in event.get("parameters", [])}
    if event["function"] == "debug_key" and os.environ.get("STAGE") == "staging":
        raise RuntimeError("staging fallback key is " + STAGING_FALLBACK_KEY)
    answer = ask_partner(params.get("question", ""))
    return {
        "messageVersion": "1.0",
        "response": {
            "actionGroup": event["actionGroup"],
            "function": event["function"],
            "functionResponse": {"responseBody": {"TEXT": {"body": answer}}},
        },
    }
