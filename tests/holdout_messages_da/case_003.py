"""Player support: ticket triage worker (Helpshift-style inbox -> LLM classifier)."""
import asyncio
import logging
import os

import aiohttp
from anthropic import AsyncAnthropic

logger = logging.getLogger("support.triage")

HELPSHIFT_DOMAIN = os.getenv("HS_DOMAIN", "studio")
CATEGORIES = ["billing", "account_recovery", "bug", "harassment", "cheating", "other"]


def _auth(api_key: str) -> aiohttp.BasicAuth:
    return aiohttp.BasicAuth(api_key, "")


async def fetch_open_issues(session: aiohttp.ClientSession, api_key: str) -> list[dict]:
    url = f"https://api.helpshift.com/v1/{HELPSHIFT_DOMAIN}/issues"
    async with session.get(url, auth=_auth(api_key), params={"state": "new"}) as resp:
        if resp.status == 401:
            raise PermissionError("Helpshift rejected key %s for domain %s" % (api_key, HELPSHIFT_DOMAIN))
        if resp.status != 200:
            body = await resp.text()
            raise RuntimeError(f"helpshift {resp.status}: {body[:200]}")
        data = await resp.json()
    logger.info("fetched %d open issues from %s", len(data["issues"]), HELPSHIFT_DOMAIN)
    return data["issues"]


async def classify(llm: AsyncAnthropic, issue: dict) -> str:
    msg = await llm.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=20,
        messages=[{"role": "user", "content": f"Classify into one of {CATEGORIES}: {issue['title']}\n{issue['messages'][0]['body']}"}],
    )
    label = msg.content[0].text.strip().lower()
    logger.debug("issue %s -> %s (%d in / %d out tokens)", issue["id"], label, msg.usage.input_tokens, msg.usage.output_tokens)
    return label if label in CATEGORIES else "other"


async def main() -> None:
    hs_key = os.environ["HELPSHIFT_API_KEY"]
    anthropic_key = os.environ["ANTHROPIC_API_KEY"]
    logger.info("triage starting, anthropic key %s", anthropic_key)
    llm = AsyncAnthropic(api_key=anthropic_key)
    async with aiohttp.ClientSession() as session:
        issues = await fetch_open_issues(session, hs_key)
        labels = await asyncio.gather(*(classify(llm, i) for i in issues))
    for issue, label in zip(issues, labels):
        logger.info("tag %s as %s", issue["id"], label)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
