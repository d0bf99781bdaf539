"""Bloomerang -> LLM 'moves management' suggestions for major-gift officers."""
import logging
import os
from functools import cached_property

import requests
from openai import OpenAI

log = logging.getLogger("moves")


class MovesAdvisor:
    base = "https://api.bloomerang.co/v2"

    def __init__(self, officer_email: str, bloomerang_key: str | None = None):
        self.officer_email = officer_email
        self.bloomerang_key = bloomerang_key or os.environ.get("BLOOMERANG_API_KEY")
        if self.bloomerang_key is None:
            raise RuntimeError("BLOOMERANG_API_KEY not set")
        self.max_tokens = 350
        self.headers = {"X-API-KEY": self.bloomerang_key, "Accept": "application/json"}

    @cached_property
    def session(self):
        s = requests.Session()
        s.headers.update(self.headers)
        return s

    def portfolio(self):
        r = self.session.get(f"{self.base}/constituents/search", params={"search": self.officer_email}, timeout=30)
        if r.status_code == 401:
            raise PermissionError(f"Bloomerang key {self.bloomerang_key} unauthorised for {self.officer_email}")
        log.info("portfolio for %s: %s", self.officer_email, r.status_code)
        return r.json().get("Results", [])

    def suggest(self):
        donors = self.portfolio()
        llm = OpenAI()
        out = llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Next moves for these major-gift prospects: {donors[:20]}"}],
        )
        log.info("suggestions used %d of %d tokens", out.usage.total_tokens, self.max_tokens)
        return out.choices[0].message.content

    def debug(self):
        log.debug("request headers: %s", self.headers)
        log.debug("header names: %s", list(self.headers))


if __name__ == "__main__":
    adv = MovesAdvisor("officer@example.org")
    print(adv.suggest())
