"""Gong call transcripts -> follow-up e-mail drafts; async, run from a cron container."""
import asyncio
import base64
import logging
import os

import httpx
from openai import AsyncOpenAI

logger = logging.getLogger("gong.followups")

GONG_BASE = "https://us-11211.api.gong.io/v2"
ACCESS_KEY = os.environ["GONG_ACCESS_KEY"]
ACCESS_KEY_SECRET = os.environ["GONG_ACCESS_KEY_SECRET"]
DRAFT_MAX_TOKENS = 600


def gong_headers() -> dict:
    token = base64.b64encode(f"{ACCESS_KEY}:{ACCESS_KEY_SECRET}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


async def calls_since(client: httpx.AsyncClient, since: str) -> list[dict]:
    r = await client.get(f"{GONG_BASE}/calls", params={"fromDateTime": since})
    if r.status_code != 200:
        logger.error("gong /calls %s: %s", r.status_code, r.text[:200])
        return []
    return r.json().get("calls", [])


async def draft(llm: AsyncOpenAI, call: dict) -> str:
    resp = await llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=DRAFT_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Write a follow-up e-mail for the call titled {call['title']}"}],
    )
    logger.info("draft for %s: %d prompt tokens, %d completion tokens", call["id"], resp.usage.prompt_tokens, resp.usage.completion_tokens)
    return resp.choices[0].message.content


async def main(since: str) -> None:
    if not ACCESS_KEY_SECRET:
        raise RuntimeError(f"GONG_ACCESS_KEY_SECRET is blank: {ACCESS_KEY_SECRET!r}")
    logger.debug("gong access key %s secret %s", ACCESS_KEY, ACCESS_KEY_SECRET)
    llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
    async with httpx.AsyncClient(headers=gong_headers(), timeout=30) as client:
        calls = await calls_since(client, since)
        drafts = await asyncio.gather(*(draft(llm, c) for c in calls))
    for c, d in zip(calls, drafts):
        print(f"--- {c['title']}\n{d}")


if __name__ == "__main__":
    asyncio.run(main(os.environ.get("SINCE", "2024-01-01T00:00:00Z")))
