"""Anthropic summariser with structlog output, plain functions."""
import os

import anthropic
import structlog

structlog.configure(
    processors=[
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso"),
        structlog.dev.ConsoleRenderer(),
    ]
)
log = structlog.get_logger("summariser")

KEY_ENV = "ANTHROPIC_API_KEY"
MODEL = "claude-3-5-sonnet-latest"
MAX_TOKENS = 1024


def load_key() -> str:
    key = os.environ.get(KEY_ENV, "")
    if not key:
        raise RuntimeError(f"{KEY_ENV} is empty (got {key!r})")
    if not key.startswith("sk-ant-"):
        raise ValueError(f"malformed Anthropic key: {key}")
    log.info("key.loaded", env=KEY_ENV, length=len(key))
    return key


def make_client():
    key = load_key()
    log.debug("anthropic.client", api_key=key, model=MODEL)
    return anthropic.Anthropic(api_key=key)


def summarise(text: str) -> str:
    client = make_client()
    msg = client.messages.create(
        model=MODEL,
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Summarise:\n{text}"}],
    )
    log.info(
        "anthropic.usage",
        input_tokens=msg.usage.input_tokens,
        output_tokens=msg.usage.output_tokens,
        max_tokens=MAX_TOKENS,
    )
    return "".join(block.text for block in msg.content if block.type == "text")


if __name__ == "__main__":
    import sys

    print(summarise(sys.stdin.read()))
