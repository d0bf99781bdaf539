"""Anthropic messages wrapper with tenacity retries for the triage bot."""
import logging
import os

import anthropic
import requests
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

logger = logging.getLogger(__name__)

ANTHROPIC_VERSION = "2023-06-01"


def _auth_headers() -> dict:
    return {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }


def _log_retry(retry_state):
    logger.warning("retrying anthropic call, attempt %s: %s", retry_state.attempt_number, type(retry_state.outcome.exception()).__name__)


@retry(stop=stop_after_attempt(5), wait=wait_exponential(min=1, max=20), retry=retry_if_exception_type(requests.HTTPError), before_sleep=_log_retry)
def count_tokens(text: str, model: str = "claude-3-5-sonnet-latest") -> int:
    headers = _auth_headers()
    logger.debug("anthropic-version header: %s", headers["anthropic-version"])
    resp = requests.post("https://api.anthropic.com/v1/messages/count_tokens", headers=headers, json={"model": model, "messages": [{"role": "user", "content": text}]}, timeout=20)
    if resp.status_code >= 400:
        logger.error("count_tokens failed: %s %s", resp.status_code, resp.text)
    resp.raise_for_status()
    input_tokens = resp.json()["input_tokens"]
    logger.info("input_tokens=%d for %d chars", input_tokens, len(text))
    return input_tokens


def triage(ticket: str) -> str:
    headers = _auth_headers()
    logger.debug("calling anthropic with %s", headers)
    client = anthropic.Anthropic(api_key=headers["x-api-key"], max_retries=3)
    try:
        msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300, messages=[{"role": "user", "content": ticket}])
    except anthropic.APIStatusError as e:
        logger.error("anthropic error %s: %s", e.status_code, e.message)
        raise RuntimeError(f"triage failed ({e.status_code})") from e
    logger.info("stop_reason=%s output_tokens=%s", msg.stop_reason, msg.usage.output_tokens)
    return msg.content[0].text
