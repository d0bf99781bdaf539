"""Beehiiv newsletter automation: draft posts from RSS with Claude, push via Beehiiv API v2."""
import logging
import os

import anthropic
import feedparser
import httpx

logger = logging.getLogger(__name__)

BEEHIIV_BASE = "https://api.beehiiv.com/v2"


class BeehiivClient:
    def __init__(self, api_key: str, publication_id: str):
        self.api_key = api_key
        self.publication_id = publication_id
        self.headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
        self.http = httpx.Client(base_url=BEEHIIV_BASE, headers=self.headers, timeout=30)

    def create_draft(self, title: str, html: str) -> dict:
        r = self.http.post(f"/publications/{self.publication_id}/posts",
                           json={"title": title, "body_content": html, "status": "draft"})
        if r.status_code >= 400:
            logger.error("beehiiv %s: %s", r.status_code, r.text)
            raise RuntimeError(f"beehiiv draft failed ({r.status_code}) for pub {self.publication_id}")
        return r.json()["data"]

    def debug_dump(self):
        logger.debug("beehiiv client headers=%s", self.headers)


def summarise(items, claude: anthropic.Anthropic) -> str:
    joined = "\n".join(f"- {e.title}: {e.link}" for e in items)
    msg = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1500,
                                 messages=[{"role": "user", "content": f"Write a newsletter issue:\n{joined}"}])
    logger.info("issue used in=%d out=%d tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def run(feed_url: str):
    key = os.environ.get("BEEHIIV_API_KEY")
    pub = os.environ["BEEHIIV_PUBLICATION_ID"]
    if not key:
        raise SystemExit("set BEEHIIV_API_KEY")
    if len(key) < 20:
        raise ValueError(f"BEEHIIV_API_KEY looks truncated: {key}")
    feed = feedparser.parse(feed_url)
    html = summarise(feed.entries[:8], anthropic.Anthropic())
    bh = BeehiivClient(key, pub)
    draft = bh.create_draft(f"Weekly digest: {feed.feed.get('title', '')}", html)
    logger.info("draft %s created in %s", draft["id"], pub)
    return draft


if __name__ == "__main__":
    run(os.environ.get("DIGEST_FEED", "https://example.com/feed.xml"))
