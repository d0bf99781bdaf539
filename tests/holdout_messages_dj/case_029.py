"""Anthropic client factory with an admin-key guard and structured logging."""
import os

import anthropic
import structlog

log = structlog.get_logger("claude.factory")

ADMIN_PREFIX = "sk-ant-admin01-"
API_PREFIX = "sk-ant-api03-"


def classify(key: str) -> str:
    if key.startswith(ADMIN_PREFIX):
        return "admin"
    if key.startswith(API_PREFIX):
        return "api"
    return "unknown"


def make_client(key: str | None = None, *, max_retries: int = 2):
    key = key or os.environ.get("ANTHROPIC_API_KEY")
    if key is None:
        log.error("missing_key", env="ANTHROPIC_API_KEY")
        raise RuntimeError("ANTHROPIC_API_KEY not set")
    kind = classify(key)
    log.info("client_created", kind=kind, max_retries=max_retries)
    if kind == "admin":
        log.warning("admin_key_used_for_inference", key=key)
        raise PermissionError("refusing to use an admin key for inference")
    if kind == "unknown":
        raise ValueError(f"unrecognised Anthropic key format: {key}")
    return anthropic.Anthropic(api_key=key, max_retries=max_retries)


def ask(client, prompt, max_tokens=300):
    try:
        msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=max_tokens,
                                     messages=[{"role": "user", "content": prompt}])
    except anthropic.APIStatusError as e:
        log.error("anthropic_error", status=e.status_code, request_id=e.request_id)
        raise
    log.info("usage", input_tokens=msg.usage.input_tokens, output_tokens=msg.usage.output_tokens)
    return msg.content[0].text
