"""Gate allocation worker: reads stand plans from Redis, asks an LLM to resolve conflicts."""
import asyncio
import logging
import os
from urllib.parse import urlparse

import redis.asyncio as redis
from openai import AsyncOpenAI

LOG = logging.getLogger("gates.alloc")

REDIS_URL = os.getenv("GATES_REDIS_URL", "redis://:changeme@localhost:6379/3")
STAND_PREFIX = "stand:"


def describe_redis(url: str) -> str:
    p = urlparse(url)
    return f"{p.hostname}:{p.port}/{p.path.lstrip('/')}"


class GateAllocator:
    def __init__(self):
        self.redis_password = urlparse(REDIS_URL).password
        self.r = redis.from_url(REDIS_URL, decode_responses=True)
        self.llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
        LOG.info("connected to %s", describe_redis(REDIS_URL))
        LOG.debug("redis password set: %s", self.redis_password is not None)

    async def conflicts(self):
        keys = [k async for k in self.r.scan_iter(f"{STAND_PREFIX}*")]
        plans = {k: await self.r.hgetall(k) for k in keys}
        return {k: v for k, v in plans.items() if v.get("conflict") == "1"}

    async def resolve(self, stand, plan):
        rsp = await self.llm.chat.completions.create(
            model="gpt-4o",
            max_tokens=250,
            messages=[{"role": "user", "content": f"Stand {stand} plan {plan}. Suggest a reassignment."}],
        )
        return rsp.choices[0].message.content

    async def run_once(self):
        try:
            found = await self.conflicts()
        except redis.AuthenticationError:
            LOG.error("redis auth failed with password %s", self.redis_password)
            raise
        for stand, plan in found.items():
            LOG.info("resolving %s (sort_key=%s)", stand, plan.get("sort_key"))
            print(stand, await self.resolve(stand, plan))


async def main():
    alloc = GateAllocator()
    while True:
        await alloc.run_once()
        await asyncio.sleep(60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
