"""Dashcam event review: pull Lytx coachable events, describe the clip frames with a vision model."""
import asyncio
import base64
import logging
import os

import aiohttp
from modelred import AsyncModelRed, APIError, RateLimited
from openai import AsyncOpenAI

cam_log = logging.getLogger("dashcam.review")

LYTX_BASE = "https://lytx-api.prod5.lv.lytx.example/video/safety"
LYTX_KEY_HEADER = "x-apikey"
FRAME_MAX_TOKENS = 350


async def coachable_events(session: aiohttp.ClientSession, lytx_key: str, group_id: str) -> list:
    async with session.get(f"{LYTX_BASE}/events", params={"groupId": group_id, "status": "coachable"}, headers={LYTX_KEY_HEADER: lytx_key}) as r:
        if r.status in (401, 403):
            raise PermissionError(f"Lytx refused {LYTX_KEY_HEADER}={lytx_key} for group {group_id}")
        body = await r.json()
    cam_log.info("group %s: %d coachable events (header %s)", group_id, len(body["events"]), LYTX_KEY_HEADER)
    return body["events"]


async def describe(llm: AsyncOpenAI, event: dict, jpeg: bytes) -> str:
    image = base64.b64encode(jpeg).decode()
    out = await llm.chat.completions.create(
        model="gpt-4o",
        max_tokens=FRAME_MAX_TOKENS,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": f"Describe the driver behaviour. Trigger: {event['trigger']}"},
            {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{image}"}},
        ]}],
    )
    cam_log.debug("event %s described, %s tokens", event["eventId"], out.usage.total_tokens)
    return out.choices[0].message.content


async def red_team(mr_key: str, model_id: str) -> None:
    async with AsyncModelRed(mr_key, timeout=30.0) as mr:
        try:
            await mr.create_assessment(model_id=model_id, probe_pack_ids=["surveillance-overreach"])
        except RateLimited as e:
            cam_log.warning("modelred rate limited, retry after %s", e.retry_after)
        except APIError as e:
            cam_log.exception("assessment for %s failed: %r", model_id, e)


async def main() -> None:
    lytx_key = os.environ["LYTX_API_KEY"]
    llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
    cam_log.info("reviewer starting, lytx key %s", lytx_key)
    async with aiohttp.ClientSession() as session:
        for ev in await coachable_events(session, lytx_key, os.environ["LYTX_GROUP_ID"]):
            async with session.get(ev["thumbnailUrl"]) as img:
                print(ev["eventId"], await describe(llm, ev, await img.read()))
    await red_team(os.environ["MODELRED_API_KEY"], "dashcam-describer")


if __name__ == "__main__":
    asyncio.run(main())
