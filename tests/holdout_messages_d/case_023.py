"""Logging handler that forwards ERROR records to Slack, with a redacting filter."""
import logging
import re
import sys

import requests

_KEYLIKE = re.compile(r"(sk-[A-Za-z0-9_-]{8,}|mr_[A-Za-z0-9]{8,}|xox[abp]-[A-Za-z0-9-]{10,})")


class RedactKeys(logging.Filter):
    """Replaces anything that looks like a key in the rendered message."""

    def filter(self, record: logging.LogRecord) -> bool:
        rendered = record.getMessage()
        record.msg = _KEYLIKE.sub("[redacted]", rendered)
        record.args = ()
        return True


class SlackHandler(logging.Handler):
    def __init__(self, bot_token: str, channel: str, level: int = logging.ERROR) -> None:
        super().__init__(level)
        if not bot_token.startswith("xoxb-"):
            raise ValueError(f"expected a bot token (xoxb-...), got {bot_token}")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {bot_token}"
        self.channel = channel

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
            r = self._session.post(
                "https://slack.com/api/chat.postMessage",
                json={"channel": self.channel, "text": f"```{text}```"},
                timeout=5,
            )
            if not r.json().get("ok"):
                sys.stderr.write(f"slack handler: {r.json().get('error')}\n")
        except Exception as exc:  # a logging handler must never raise
            sys.stderr.write(f"slack handler failed: {exc!r}\n")
            print(f"slack handler session headers: {self._session.headers}", file=sys.stderr)


def install(bot_token: str, channel: str) -> None:
    h = SlackHandler(bot_token, channel)
    h.addFilter(RedactKeys())
    h.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(h)
