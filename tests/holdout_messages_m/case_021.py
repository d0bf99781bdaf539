"""Batch translator using Anthropic, logging with loguru."""
import os
import sys

import anthropic
from loguru import logger

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))


class Translator:
    def __init__(self, target: str = "de") -> None:
        self.target = target
        self.key = os.environ.get("ANTHROPIC_API_KEY", "")
        self.client = anthropic.Anthropic(api_key=self.key)
        logger.info("translator ready: target={}, key set={}", self.target, bool(self.key))

    def translate(self, text: str) -> str:
        try:
            msg = self.client.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=1024,
                messages=[{"role": "user", "content": f"Translate to {self.target}: {text}"}],
            )
        except anthropic.AuthenticationError as exc:
            logger.error("anthropic refused key {k}", k=self.key)
            logger.error("status {}", exc.status_code)
            raise
        except anthropic.APIStatusError as exc:
            logger.warning("anthropic {}: {}", exc.status_code, exc.message)
            raise
        logger.debug("used {} input / {} output tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text


if __name__ == "__main__":
    t = Translator(target=sys.argv[1] if len(sys.argv) > 1 else "de")
    if not t.key.startswith("sk-ant-"):
        logger.warning("unexpected key format: {}", t.key)
    for line in sys.stdin:
        print(t.translate(line.strip()))
