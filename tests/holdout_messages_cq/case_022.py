"""Async SMS appeal tool: sends a text-to-give appeal via Telnyx, with an LLM-written message."""
import asyncio
import logging
import os

import httpx
from openai import AsyncOpenAI

log = logging.getLogger("sms.appeal")
TELNYX_API = "https://api.telnyx.com/v2/messages"
MESSAGING_PROFILE_ID = os.environ.get("TELNYX_MESSAGING_PROFILE_ID", "")


async def write_appeal(theme: str) -> str:
    llm = AsyncOpenAI()
    out = await llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=90,
        messages=[{"role": "user", "content": f"160-char text-to-give appeal about {theme}, include 'Text GIVE to 50505'."}],
    )
    return out.choices[0].message.content.strip()[:160]


async def send_one(client: httpx.AsyncClient, to: str, text: str, telnyx_key: str):
    r = await client.post(TELNYX_API, json={"to": to, "text": text, "messaging_profile_id": MESSAGING_PROFILE_ID},
                          headers={"Authorization": f"Bearer {telnyx_key}"})
    if r.status_code == 401:
        raise PermissionError(f"Telnyx refused key {telnyx_key}")
    if r.is_error:
        log.warning("send to %s failed: %s %s", to[-4:], r.status_code, r.text)
    return r.status_code


async def campaign(numbers, theme):
    telnyx_key = os.environ["TELNYX_API_KEY"]
    text = await write_appeal(theme)
    log.debug("Telnyx key for this run: %s", telnyx_key)
    log.info("appeal text (%d chars): %s", len(text), text)
    log.info("messaging profile %s", MESSAGING_PROFILE_ID)
    async with httpx.AsyncClient(timeout=15) as client:
        results = await asyncio.gather(*(send_one(client, n, text, telnyx_key) for n in numbers), return_exceptions=True)
    failures = [r for r in results if isinstance(r, Exception)]
    if failures:
        log.error("%d sends failed, first: %s", len(failures), type(failures[0]).__name__)
    return len(results) - len(failures)


if __name__ == "__main__":
    nums = [l.strip() for l in open("opted_in.txt") if l.strip()]
    sent = asyncio.run(campaign(nums, "winter coat drive"))
    print(f"sent {sent} of {len(nums)}")
