"""Async SLA escalation loop for Intercom conversations, paging on-call through PagerDuty."""
import asyncio
import logging
import os
import time

import aiohttp

log = logging.getLogger("sla.intercom")

INTERCOM_TOKEN = os.environ["INTERCOM_ACCESS_TOKEN"]
PD_ROUTING_KEY = os.environ["PAGERDUTY_ROUTING_KEY"]
FIRST_REPLY_SLA = int(os.getenv("FIRST_REPLY_SLA_SECONDS", "3600"))
POLL_SECONDS = 120


async def open_conversations(session: aiohttp.ClientSession) -> list[dict]:
    async with session.post("https://api.intercom.io/conversations/search", json={"query": {"field": "open", "operator": "=", "value": True}}) as r:
        if r.status == 401:
            log.error("intercom rejected token %s", INTERCOM_TOKEN)
        if r.status != 200:
            log.error("intercom search %s: %s", r.status, (await r.text())[:200])
            return []
        return (await r.json())["conversations"]


async def page(session: aiohttp.ClientSession, conv: dict) -> None:
    event = {"routing_key": PD_ROUTING_KEY, "event_action": "trigger", "payload": {"summary": f"SLA breach on conversation {conv['id']}", "severity": "warning", "source": "intercom-sla"}}
    async with session.post("https://events.pagerduty.com/v2/enqueue", json=event) as r:
        if r.status >= 300:
            log.error("pagerduty rejected event %s", event["payload"])
        else:
            log.info("paged for %s (dedup %s)", conv["id"], (await r.json()).get("dedup_key"))


async def loop() -> None:
    headers = {"Authorization": f"Bearer {INTERCOM_TOKEN}", "Accept": "application/json"}
    async with aiohttp.ClientSession(headers=headers) as session:
        while True:
            now = time.time()
            for c in await open_conversations(session):
                first = (c.get("statistics") or {}).get("first_admin_reply_at")
                if not first and now - c["created_at"] > FIRST_REPLY_SLA:
                    await page(session, c)
            await asyncio.sleep(POLL_SECONDS)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    log.info("SLA %ss, polling every %ss", FIRST_REPLY_SLA, POLL_SECONDS)
    log.debug("intercom bearer %s, pagerduty key %s", INTERCOM_TOKEN, PD_ROUTING_KEY[-4:])
    asyncio.run(loop())


if __name__ == "__main__":
    main()
