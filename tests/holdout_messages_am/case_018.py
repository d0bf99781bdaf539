"""Returns desk: classifies RMA requests and drafts replies with Claude."""
from __future__ import annotations

import enum
import logging
import os

import anthropic

log = logging.getLogger("returns.rma")


class ReturnReason(enum.Enum):
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"
    SIZE = "size"
    CHANGED_MIND = "changed_mind"


class RmaAssistant:
    MODEL = "claude-3-5-haiku-latest"
    MAX_TOKENS = 300

    def __init__(self, api_key: str | None = None) -> None:
        self.api_key = api_key or os.environ.get("ANTHROPIC_API_KEY")
        if self.api_key is None:
            raise RuntimeError("ANTHROPIC_API_KEY not set for the returns desk")
        if not self.api_key.startswith("sk-ant-"):
            raise RuntimeError("not an Anthropic key: " + self.api_key)
        self.client = anthropic.Anthropic(api_key=self.api_key)
        log.info("rma assistant ready (key set: %s)", self.api_key is not None)

    def classify(self, rma_text: str) -> ReturnReason:
        msg = self.client.messages.create(
            model=self.MODEL,
            max_tokens=10,
            system="Answer with one word: damaged, wrong_item, size or changed_mind.",
            messages=[{"role": "user", "content": rma_text}],
        )
        word = msg.content[0].text.strip().lower()
        try:
            return ReturnReason(word)
        except ValueError:
            log.warning("unexpected reason %r, defaulting", word)
            return ReturnReason.CHANGED_MIND

    def draft_reply(self, customer_name: str, reason: ReturnReason) -> str:
        msg = self.client.messages.create(
            model=self.MODEL,
            max_tokens=self.MAX_TOKENS,
            messages=[{"role": "user", "content": f"Write a short, warm reply to {customer_name} about a {reason.value} return."}],
        )
        log.info("draft for %s (%s): %d output tokens", customer_name, reason.name, msg.usage.output_tokens)
        return msg.content[0].text

    def debug_state(self) -> None:
        log.debug("RmaAssistant model=%s key=%s", self.MODEL, self.api_key)
