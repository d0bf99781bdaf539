"""LangChain async callback that posts run events to a Slack webhook."""
import logging
import os
from typing import Any
from uuid import UUID

import httpx
from langchain_core.callbacks import AsyncCallbackHandler

logger = logging.getLogger("alerts.slack")


class SlackAlertHandler(AsyncCallbackHandler):
    def __init__(self, channel: str, bot_token: str | None = None):
        self.channel = channel
        self.bot_token = bot_token or os.environ["SLACK_BOT_TOKEN"]
        self._client = httpx.AsyncClient(base_url="https://slack.com/api", timeout=10)

    async def _post(self, text: str) -> None:
        r = await self._client.post(
            "/chat.postMessage",
            headers={"Authorization": f"Bearer {self.bot_token}"},
            json={"channel": self.channel, "text": text},
        )
        data = r.json()
        if not data.get("ok"):
            logger.error("slack post failed: %s (channel %s)", data.get("error"), self.channel)
            if data.get("error") == "invalid_auth":
                logger.error("slack token %s is invalid", self.bot_token)

    async def on_chain_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        await self._post(f":red_circle: chain {run_id} failed: {type(error).__name__}")

    async def on_tool_end(self, output: Any, *, run_id: UUID, **kwargs: Any) -> None:
        logger.debug("tool end %s", run_id)

    async def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        logger.debug("streamed token %r", token)

    async def aclose(self) -> None:
        await self._client.aclose()


def handler_from_settings(settings: dict) -> SlackAlertHandler:
    token = settings.get("slack", {}).get("bot_token")
    if token and not token.startswith("xoxb-"):
        raise ValueError("slack.bot_token must be a bot token (xoxb-...), got " + token)
    return SlackAlertHandler(settings.get("slack", {}).get("channel", "#llm-alerts"), token)
