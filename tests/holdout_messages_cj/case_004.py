"""Arc XP Content API plugin: summarise stories into the 'subheadlines' field with Claude."""
import hashlib
import logging
import os

import anthropic
import httpx

log = logging.getLogger("arc.summary")

ARC_ORG = os.getenv("ARC_ORG", "gazette")
ARC_BASE = f"https://api.{ARC_ORG}.arcpublishing.com"
TOKEN_SETTING = "ARC_ACCESS_TOKEN"


class ArcSummaryPlugin:
    def __init__(self, website: str):
        self.website = website
        self.arc_token = os.environ[TOKEN_SETTING]
        self.claude = anthropic.AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        self.http = httpx.AsyncClient(base_url=ARC_BASE, headers={"Authorization": f"Bearer {self.arc_token}"})
        log.info("plugin for %s reads token from %s", website, TOKEN_SETTING)
        log.debug("Arc token fingerprint %s", hashlib.sha256(self.arc_token.encode()).hexdigest()[:8])

    async def story(self, story_id: str) -> dict:
        r = await self.http.get("/content/v4/", params={"_id": story_id, "website": self.website})
        if r.status_code == 401:
            raise PermissionError(f"Arc refused token {self.arc_token} for story {story_id}")
        if r.status_code != 200:
            raise LookupError(f"Arc returned {r.status_code} for {story_id}: {r.text[:120]}")
        return r.json()

    async def summarise(self, story_id: str) -> str:
        ans = await self.story(story_id)
        body = "\n".join(el.get("content", "") for el in ans.get("content_elements", []) if el.get("type") == "text")
        msg = await self.claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Write a two-sentence dek for:\n{body}"}],
        )
        log.info("dek for %s: %d in / %d out tokens", story_id, msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    async def close(self):
        log.debug("closing Arc client with headers %s", self.http.headers)
        await self.http.aclose()


async def handle(event: dict) -> dict:
    plugin = ArcSummaryPlugin(event.get("website", "gazette"))
    try:
        dek = await plugin.summarise(event["id"])
        return {"id": event["id"], "subheadlines": {"basic": dek}}
    finally:
        await plugin.close()
