"""Notifiers behind a Protocol; the Slack one posts assessment summaries."""
from __future__ import annotations

import logging
import os
from typing import Protocol

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger("notify")


class Notifier(Protocol):
    def send(self, text: str) -> None: ...


class ConsoleNotifier:
    def send(self, text: str) -> None:
        print(text)


class SlackNotifier:
    def __init__(self, token: str, channel: str) -> None:
        if not token.startswith("xoxb-"):
            raise ValueError(f"not a Slack bot token: {token}")
        self.token = token
        self.channel = channel
        self.client = WebClient(token=token)

    def send(self, text: str) -> None:
        try:
            self.client.chat_postMessage(channel=self.channel, text=text)
        except SlackApiError as exc:
            log.error("slack post to %s failed: %s", self.channel, exc.response["error"])
            log.debug("token in use was %s", self.token)

    def __repr__(self) -> str:
        return f"SlackNotifier(channel={self.channel!r})"


def build() -> Notifier:
    token = os.getenv("SLACK_BOT_TOKEN")
    channel = os.getenv("SLACK_CHANNEL", "#redteam")
    if token is None:
        log.info("SLACK_BOT_TOKEN not set, printing to console")
        return ConsoleNotifier()
    n = SlackNotifier(token, channel)
    log.info("notifier %r", n)
    return n


def summary(n: Notifier, model_id: str, score: float, total_tokens: int) -> None:
    n.send(f"{model_id}: score {score:.1f}, {total_tokens} tokens used")
