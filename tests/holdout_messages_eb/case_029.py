"""Home-grown Reporter object that the sync tool writes through (Gemini + Slack export)."""
import os
import sys
from datetime import datetime

import requests


class Reporter:
    """Tiny console reporter: prefixes, colours on a TTY, no logging module."""

    def __init__(self, stream=sys.stderr, name: str = "sync"):
        self.stream = stream
        self.name = name
        self.colour = stream.isatty()

    def line(self, text: str) -> None:
        stamp = datetime.now().strftime("%H:%M:%S")
        prefix = f"\033[36m{self.name}\033[0m" if self.colour else self.name
        self.stream.write(f"{stamp} {prefix} {text}\n")

    def warn(self, text: str) -> None:
        self.line("WARNING " + text)


out = Reporter()


class ThreadSync:
    def __init__(self, channel: str):
        self.channel = channel
        self.slack_token = os.environ["SLACK_BOT_TOKEN"]
        self.gemini_key = os.environ["GEMINI_API_KEY"]

    def fetch(self) -> list[dict]:
        r = requests.get("https://slack.com/api/conversations.history",
                         headers={"Authorization": f"Bearer {self.slack_token}"},
                         params={"channel": self.channel, "limit": 200}, timeout=20)
        data = r.json()
        if not data.get("ok"):
            out.warn(f"slack error {data.get('error')} for channel {self.channel}")
            out.warn(f"token used: {self.slack_token}")
            return []
        out.line(f"{len(data['messages'])} messages, token prefix {self.slack_token[:4]}")
        return data["messages"]

    def summarise(self, messages: list[dict]) -> str:
        text = "\n".join(m.get("text", "") for m in messages)
        url = f"https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key={self.gemini_key}"
        out.line(f"POST {url}")
        out.line(f"POST {url.split('?')[0]}")
        r = requests.post(url, json={"contents": [{"parts": [{"text": "Summarise:\n" + text}]}]}, timeout=60)
        r.raise_for_status()
        return r.json()["candidates"][0]["content"]["parts"][0]["text"]


if __name__ == "__main__":
    sync = ThreadSync(sys.argv[1])
    print(sync.summarise(sync.fetch()))
