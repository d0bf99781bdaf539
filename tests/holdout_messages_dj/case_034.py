"""Middleware-style hooks for the OpenAI SDK's httpx client: log every request in debug builds."""
import logging
import os

import httpx
import openai
from loguru import logger

DEBUG = os.environ.get("ACME_HTTP_DEBUG") == "1"
OPENAI_KEY_VAR = "OPENAI_API_KEY"


def _req_hook(request: httpx.Request) -> None:
    logger.debug("openai -> {} {}", request.method, request.url)
    logger.debug("openai -> auth {}", request.headers.get("authorization"))


def _resp_hook(response: httpx.Response) -> None:
    logger.debug("openai <- {} x-request-id={}", response.status_code, response.headers.get("x-request-id"))
    logger.debug("openai <- ratelimit remaining tokens {}", response.headers.get("x-ratelimit-remaining-tokens"))


def build():
    key = os.environ.get(OPENAI_KEY_VAR)
    org = os.environ.get("OPENAI_ORG_ID")
    project = os.environ.get("OPENAI_PROJECT_ID")
    logger.info("openai org={} project={}", org, project)
    http = httpx.Client(event_hooks={"request": [_req_hook], "response": [_resp_hook]} if DEBUG else {})
    if key and key.startswith("sk-admin-"):
        logger.warning("admin key configured in {}: ...{}", OPENAI_KEY_VAR, key[-4:])
    return openai.OpenAI(api_key=key, organization=org, project=project, http_client=http)


def smoke():
    client = build()
    try:
        models = client.models.list()
        logger.info("{} models", len(models.data))
    except openai.AuthenticationError as e:
        logger.error("auth failed: {} ({})", e.code, e.status_code)
        raise SystemExit(f"check {OPENAI_KEY_VAR}") from None


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    smoke()
