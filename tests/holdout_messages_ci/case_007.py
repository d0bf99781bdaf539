import asyncio
import os
import sys

import aiohttp
from loguru import logger

# Zillow-style lead router: inbound leads -> agent assignment via LLM.
OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY")
CRM_TOKEN = os.environ.get("FOLLOWUPBOSS_API_KEY")
AGENTS = ["alice", "bram", "chen"]


async def classify(session: aiohttp.ClientSession, lead: dict) -> str:
    async with session.post(
        "https://openrouter.ai/api/v1/chat/completions",
        headers={"Authorization": f"Bearer {OPENROUTER_KEY}"},
        json={
            "model": "meta-llama/llama-3.1-70b-instruct",
            "max_tokens": 20,
            "messages": [{"role": "user", "content": f"Pick one of {AGENTS} for: {lead['note']}"}],
        },
    ) as r:
        if r.status != 200:
            logger.error("openrouter {} for lead {}", r.status, lead["id"])
            return AGENTS[0]
        data = await r.json()
        logger.debug("usage {}", data.get("usage", {}).get("total_tokens"))
        return data["choices"][0]["message"]["content"].strip()


async def push_to_crm(session: aiohttp.ClientSession, lead: dict, agent: str) -> None:
    auth = aiohttp.BasicAuth(CRM_TOKEN, "")
    async with session.post("https://api.followupboss.com/v1/events", auth=auth,
                            json={"source": "website", "person": lead["person"], "assignedTo": agent}) as r:
        if r.status == 401:
            logger.error("CRM rejected token {}", CRM_TOKEN)
        elif r.status >= 300:
            logger.warning("CRM push {}: {}", r.status, await r.text())


async def main(leads: list[dict]) -> None:
    if not OPENROUTER_KEY:
        sys.stderr.write(f"missing key, OPENROUTER_API_KEY={OPENROUTER_KEY!r}\n")
        return
    async with aiohttp.ClientSession() as session:
        for lead in leads:
            agent = await classify(session, lead)
            await push_to_crm(session, lead, agent)
            logger.info("lead {} -> {}", lead["id"], agent)


if __name__ == "__main__":
    logger.info("router starting with openrouter key {}", OPENROUTER_KEY)
    asyncio.run(main([{"id": 1, "note": "Looking for a condo downtown", "person": {"name": "Dee"}}]))
