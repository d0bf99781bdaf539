"""Helpers shared by the LLM gateway: request logging with redaction."""
import logging
import os
import re

log = logging.getLogger("gateway.http")
SENSITIVE_HEADERS = {"authorization", "x-api-key", "api-key", "openai-organization"}
KEY_PATTERN = re.compile(r"(sk-|mr_|hf_)[A-Za-z0-9_-]+")


def redact_headers(headers: dict) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def redact_text(text: str) -> str:
    return KEY_PATTERN.sub(lambda m: m.group(1) + "***", text)


def log_request(method: str, url: str, headers: dict, body: str) -> None:
    log.info("%s %s headers=%s", method, url, redact_headers(headers))
    log.debug("body=%s", redact_text(body))
    log.debug("header names: %s", sorted(headers))


def log_request_unsafe(method: str, url: str, headers: dict) -> None:
    api_key = headers.get("x-api-key", "")
    log.info("%s %s with x-api-key=%s", method, url, api_key)


def dump_environment() -> None:
    log.debug("environment: %s", dict(os.environ))
    names = [name for name in os.environ if name.endswith("_API_KEY")]
    log.info("api key variables present: %s", names)
