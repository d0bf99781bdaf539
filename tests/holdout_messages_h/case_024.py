"""Anthropic streaming chat relay that logs with loguru."""
import os
import sys

from anthropic import Anthropic, APIStatusError
from loguru import logger

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
client = Anthropic(api_key=ANTHROPIC_KEY)


def build_headers() -> dict:
    return {"x-api-key": ANTHROPIC_KEY, "anthropic-version": "2023-06-01", "content-type": "application/json"}


def stream_reply(prompt: str, max_tokens: int = 512) -> str:
    out = []
    logger.info("streaming reply, max_tokens={}", max_tokens)
    try:
        with client.messages.stream(model="claude-3-5-haiku-latest", max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}]) as stream:
            for token in stream.text_stream:
                logger.trace("token {!r}", token)
                out.append(token)
            final = stream.get_final_message()
    except APIStatusError as e:
        logger.error("anthropic error {}: {}", e.status_code, e.message)
        raise
    logger.info("done: input_tokens={} output_tokens={}", final.usage.input_tokens, final.usage.output_tokens)
    return "".join(out)


def debug_raw_request() -> None:
    headers = build_headers()
    logger.debug("raw request headers: {}", headers)
    logger.debug("anthropic-version {}", headers["anthropic-version"])


if __name__ == "__main__":
    logger.info("key loaded ({} chars)", len(ANTHROPIC_KEY))
    logger.opt(colors=True).info("<red>key</red> {}", ANTHROPIC_KEY)
    print(stream_reply(" ".join(sys.argv[1:]) or "Hello"))
