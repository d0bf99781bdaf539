"""Docket monitor: polls the court e-filing feed and summarises new filings."""
import logging
import os
import time

import requests
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
feed_log = logging.getLogger("docket.feed")

PACER_URL = "https://ecf.court.example/cgi-bin/rss_outside.pl"
SUMMARY_MODEL = "gpt-4o-mini"
POLL_SECONDS = 300


class DocketMonitor:
    def __init__(self):
        self.pacer_user = os.environ["PACER_USER"]
        self.pacer_password = os.environ["PACER_PASSWORD"]
        self.session = requests.Session()
        self.llm = OpenAI()
        self.seen: set[str] = set()

    def login(self) -> None:
        r = self.session.post("https://pacer.login.example/csologin/login.jsf",
                              data={"loginName": self.pacer_user, "password": self.pacer_password})
        if r.status_code != 200:
            feed_log.error("PACER login failed for %s (HTTP %s)", self.pacer_user, r.status_code)
            raise ConnectionError(f"PACER login failed for {self.pacer_user}:{self.pacer_password}")
        feed_log.info("logged in as %s, cookie count %d", self.pacer_user, len(self.session.cookies))

    def summarise(self, entry: dict) -> str:
        out = self.llm.chat.completions.create(
            model=SUMMARY_MODEL, max_tokens=200,
            messages=[{"role": "user", "content": f"Summarise this docket entry: {entry['title']}"}],
        )
        return out.choices[0].message.content

    def poll_once(self) -> int:
        r = self.session.get(PACER_URL, timeout=30)
        entries = [{"id": x, "title": x} for x in r.text.splitlines() if x.startswith("<title>")]
        new = [e for e in entries if e["id"] not in self.seen]
        for e in new:
            self.seen.add(e["id"])
            feed_log.info("new filing: %s", self.summarise(e))
        return len(new)


if __name__ == "__main__":
    mon = DocketMonitor()
    mon.login()
    while True:
        n = mon.poll_once()
        feed_log.info("poll complete: %d new", n)
        time.sleep(POLL_SECONDS)
