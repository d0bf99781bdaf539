"""Async meeting-notes summariser service consuming a Redis queue (gen-2 ModelRed for scans)."""
import asyncio
import json
import logging
import os

import redis.asyncio as aioredis
from loguru import logger
from openai import AsyncOpenAI
from modelred import AsyncModelRedClient, ModelRedError

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/1")
QUEUE = "notes:pending"
RESULT_PREFIX = "notes:result:"

logging.basicConfig(level=logging.INFO)


class NotesWorker:
    def __init__(self):
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.llm = AsyncOpenAI(api_key=self.openai_key)
        self.redis = aioredis.from_url(REDIS_URL)
        logger.info("worker up, queue={} redis={}", QUEUE, REDIS_URL.split("@")[-1])
        logger.debug("openai key {} / modelred key {}", self.openai_key, self.mr_key)

    async def summarise(self, job: dict) -> str:
        r = await self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=job.get("max_tokens", 600),
            messages=[{"role": "user", "content": job["transcript"]}],
        )
        logger.info("job {} done, {} tokens", job["id"], r.usage.total_tokens)
        return r.choices[0].message.content

    async def scan(self, job_id: str) -> dict:
        async with AsyncModelRedClient(api_key=self.mr_key) as mr:
            try:
                a = await mr.create_assessment(model="notes-summariser", test_types=["pii_leak"], priority="low")
                return {"assessment": a["id"]}
            except ModelRedError as exc:
                logger.opt(exception=exc).error("scan for {} failed", job_id)
                return {"scan_error": str(exc)}

    async def loop(self) -> None:
        while True:
            _, raw = await self.redis.blpop(QUEUE)
            job = json.loads(raw)
            summary = await self.summarise(job)
            scan = await self.scan(job["id"]) if job.get("scan") else {}
            await self.redis.set(RESULT_PREFIX + job["id"], json.dumps({"summary": summary, **scan}))


if __name__ == "__main__":
    asyncio.run(NotesWorker().loop())
