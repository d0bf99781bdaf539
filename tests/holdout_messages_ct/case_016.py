"""Event bus with subscriber callbacks; publishes scan lifecycle events."""
import asyncio
import logging
import os
from typing import Awaitable, Callable

from modelred import AsyncModelRed, APIError, LimitExceeded

log = logging.getLogger("bus")

Subscriber = Callable[[str, dict], Awaitable[None]]
EVENT_TOKEN_USAGE = "token_usage"


class EventBus:
    def __init__(self):
        self._subs: dict[str, list[Subscriber]] = {}

    def subscribe(self, topic):
        def deco(fn: Subscriber):
            self._subs.setdefault(topic, []).append(fn)
            return fn
        return deco

    async def publish(self, topic, payload):
        for fn in self._subs.get(topic, []):
            await fn(topic, payload)


bus = EventBus()


@bus.subscribe("scan.failed")
async def notify_user(topic, payload):
    await payload["reply"](f"Scan could not start: {payload['error']}")


@bus.subscribe(EVENT_TOKEN_USAGE)
async def record_usage(topic, payload):
    log.info("%s: %d tokens", topic, payload["total_tokens"])


async def start_scan(model_id, packs, reply):
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(key, max_retries=1) as client:
        try:
            job = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except LimitExceeded as exc:
            log.warning("limit reached: %s", exc)
            await reply("Monthly scan limit reached, try next month.")
            return None
        except APIError as exc:
            await reply(f"Scan could not start: {exc}")
            return None
    await bus.publish(EVENT_TOKEN_USAGE, {"total_tokens": job.get("estimated_tokens", 0)})
    return job


async def demo():
    async def reply(text):
        print(text)
    await start_scan("support-bot", ["owasp-llm-top10"], reply)


if __name__ == "__main__":
    asyncio.run(demo())
