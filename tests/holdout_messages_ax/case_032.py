"""Incident timeline collector: pulls a Slack war-room channel, asks an LLM for a timeline,
posts it back. Runs as an asyncio job when an incident is resolved."""
import asyncio
import logging
import os

from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.errors import SlackApiError
from modelred import AsyncModelRed, ModelRedError, NotFoundError

log = logging.getLogger("timeline")


class TimelineCollector:
    def __init__(self, slack_token: str, channel: str, llm_model: str = "incident-scribe"):
        if not slack_token.startswith("xoxb-"):
            raise ValueError(f"expected a bot token for {channel}, got {slack_token}")
        self.slack = AsyncWebClient(token=slack_token)
        self.channel = channel
        self.llm_model = llm_model
        log.info("collector for %s using model %s", channel, llm_model)

    async def messages(self, oldest: float) -> list[dict]:
        out, cursor = [], None
        while True:
            try:
                resp = await self.slack.conversations_history(channel=self.channel, oldest=str(oldest), cursor=cursor, limit=200)
            except SlackApiError as e:
                log.error("slack history failed: %s", e.response["error"])
                raise
            out.extend(resp["messages"])
            cursor = resp.get("response_metadata", {}).get("next_cursor")
            if not cursor:
                return out

    async def check_scribe_model(self) -> bool:
        try:
            async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
                model = await mr.get_model(self.llm_model)
        except NotFoundError:
            await self.slack.chat_postMessage(channel=self.channel, text=f"Model {self.llm_model} is not registered.")
            return False
        except ModelRedError as exc:
            await self.slack.chat_postMessage(channel=self.channel, text=f"Timeline check failed: {exc}")
            return False
        log.info("scribe model status %s", model.get("status"))
        return True


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    tok = os.environ["SLACK_BOT_TOKEN"]
    collector = TimelineCollector(tok, os.environ["INCIDENT_CHANNEL"])
    if await collector.check_scribe_model():
        msgs = await collector.messages(float(os.environ.get("INCIDENT_START", "0")))
        log.info("collected %d messages", len(msgs))


if __name__ == "__main__":
    asyncio.run(main())
