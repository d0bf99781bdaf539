"""Shodan Monitor alert poller (async) posting LLM-written summaries to a webhook."""
import asyncio
import logging
import os

import aiohttp

alerts_log = logging.getLogger("shodan.monitor")

SHODAN = "https://api.shodan.io"
POLL_SECONDS = 300


async def alerts(session: aiohttp.ClientSession, key: str):
    async with session.get(f"{SHODAN}/shodan/alert/info", params={"key": key}) as r:
        if r.status == 401:
            raise PermissionError("shodan monitor refused key %s" % key)
        if r.status >= 400:
            raise RuntimeError(f"shodan monitor HTTP {r.status}: {await r.text()}")
        return await r.json()


async def summarise(session: aiohttp.ClientSession, llm_key: str, triggers: list) -> str:
    body = {"model": "gpt-4o-mini", "max_tokens": 250,
            "messages": [{"role": "user", "content": f"Summarise these Shodan triggers for on-call: {triggers}"}]}
    async with session.post("https://api.openai.com/v1/chat/completions", json=body,
                            headers={"Authorization": f"Bearer {llm_key}"}) as r:
        data = await r.json()
    alerts_log.info("summary usage %s", data.get("usage", {}).get("total_tokens"))
    return data["choices"][0]["message"]["content"]


async def loop(key: str, llm_key: str, webhook: str):
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                found = await alerts(session, key)
            except aiohttp.ClientError as exc:
                alerts_log.warning("poll error: %s", exc)
                found = []
            triggers = [a.get("triggers") for a in found if a.get("triggers")]
            if triggers:
                text = await summarise(session, llm_key, triggers)
                await session.post(webhook, json={"text": text})
            await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(loop(os.environ["SHODAN_API_KEY"], os.environ["OPENAI_API_KEY"], os.environ["ALERT_WEBHOOK"]))
# poll interval kept at 5 minutes to stay under the rate limit
# webhook receives plain text only
# triggers: malware, open_database, vulnerable, ...
# see https://help.shodan.io for the trigger list
