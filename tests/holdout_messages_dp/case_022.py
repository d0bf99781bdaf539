import logging
import os
import socket

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

logger = logging.getLogger("ops.notify")

HOST = socket.gethostname()


class SlackNotifier:
    def __init__(self, token: str | None = None, channel: str = "#llm-alerts"):
        self.token = token or os.environ["SLACK_BOT_TOKEN"]
        self.channel = channel
        self.client = WebClient(token=self.token)

    def send(self, text: str) -> bool:
        try:
            self.client.chat_postMessage(channel=self.channel, text=text)
            return True
        except SlackApiError as err:
            code = err.response.get("error")
            logger.error("slack error %s posting to %s", code, self.channel)
            if code == "invalid_auth":
                logger.error("slack bot token %s is invalid", self.token)
            return False


def alert_budget(notifier: SlackNotifier, team: str, spent_tokens: int, budget_tokens: int) -> None:
    pct = 100 * spent_tokens / max(budget_tokens, 1)
    notifier.send(f":money_with_wings: {team} used {spent_tokens:,} of {budget_tokens:,} tokens ({pct:.0f}%) on {HOST}")
    logger.info("budget alert for %s at %.0f%%", team, pct)


def alert_key_leak(notifier: SlackNotifier, source: str, leaked_key: str) -> None:
    notifier.send(f":rotating_light: a key ending in {leaked_key[-4:]} was found in {source}")
    logger.critical("leaked key found in %s: %s", source, leaked_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    n = SlackNotifier()
    alert_budget(n, "search", 9_200_000, 10_000_000)
