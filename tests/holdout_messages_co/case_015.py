"""Loguru-based logging for the summariser worker."""
from __future__ import annotations

import hashlib
import os
import sys

from loguru import logger
import anthropic

logger.remove()
logger.add(sys.stderr, level=os.getenv("LOG_LEVEL", "INFO"))

ANTHROPIC_KEY_VAR = "ANTHROPIC_API_KEY"


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:8]


class Summariser:
    def __init__(self, api_key: str | None = None, max_tokens: int = 400) -> None:
        self.api_key = api_key or os.environ[ANTHROPIC_KEY_VAR]
        self.max_tokens = max_tokens
        self.client = anthropic.Anthropic(api_key=self.api_key)
        logger.info("summariser ready, key fp={} max_tokens={}", fingerprint(self.api_key), self.max_tokens)

    def summarise(self, text: str) -> str:
        try:
            msg = self.client.messages.create(
                model="claude-3-5-sonnet-latest",
                max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": f"Summarise:\n\n{text}"}],
            )
        except anthropic.AuthenticationError as exc:
            logger.error("anthropic auth failed with key {}: {}", self.api_key, exc.status_code)
            raise
        logger.debug("usage in={} out={}", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    def __repr__(self) -> str:
        return f"Summariser(max_tokens={self.max_tokens}, key=...{self.api_key[-4:]})"


if __name__ == "__main__":
    s = Summariser()
    logger.info("worker {}", s)
    logger.debug(f"env {ANTHROPIC_KEY_VAR}={os.environ[ANTHROPIC_KEY_VAR]}")
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as fh:
            print(s.summarise(fh.read()))
