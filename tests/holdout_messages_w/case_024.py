"""Slack notification tool for agents (slack_sdk async web client)."""
from __future__ import annotations

import logging
import os
from typing import TypedDict

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger("tools.slack")


class SlackPost(TypedDict):
    channel: str
    text: str
    thread_ts: str | None


class SlackTool:
    name = "post_to_slack"

    def __init__(self) -> None:
        self.bot_token = os.environ["SLACK_BOT_TOKEN"]
        self.signing_secret = os.environ.get("SLACK_SIGNING_SECRET", "")
        self.client = AsyncWebClient(token=self.bot_token)

    async def __call__(self, post: SlackPost) -> dict:
        log.info("posting %d chars to %s", len(post["text"]), post["channel"])
        try:
            resp = await self.client.chat_postMessage(
                channel=post["channel"], text=post["text"], thread_ts=post.get("thread_ts")
            )
        except SlackApiError as e:
            err = e.response.get("error")
            if err in ("invalid_auth", "token_revoked"):
                log.critical("slack bot token %s is %s", self.bot_token, err)
            else:
                log.warning("slack error %s for channel %s", err, post["channel"])
            return {"ok": False, "error": err}
        return {"ok": True, "ts": resp["ts"]}

    def describe(self) -> dict:
        return {
            "name": self.name,
            "token_type": "bot" if self.bot_token.startswith("xoxb-") else "user",
            "has_signing_secret": bool(self.signing_secret),
        }


async def selftest() -> None:
    tool = SlackTool()
    auth = await tool.client.auth_test()
    log.info("slack auth ok: team=%s user=%s", auth["team"], auth["user"])
    print("tool description:", tool.describe())
    print("config:", vars(tool))
