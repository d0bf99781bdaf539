"""Async grading worker: consumes essay jobs from RabbitMQ, scores with Anthropic, reports to the LMS."""
import asyncio
import json
import logging
import os

import aio_pika
import httpx
from anthropic import AsyncAnthropic

wlog = logging.getLogger("grading.worker")

AMQP_URL = os.environ.get("AMQP_URL", "amqp://guest:guest@localhost/")
LMS_CALLBACK_TOKEN = os.environ.get("LMS_CALLBACK_TOKEN", "")
QUEUE = "essay.grade"


class Worker:
    def __init__(self, anthropic_key: str):
        self.anthropic_key = anthropic_key
        self.llm = AsyncAnthropic(api_key=anthropic_key)
        self.graded = 0

    async def grade(self, job: dict) -> dict:
        msg = await self.llm.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=900,
            system="Score 0-10 against the rubric; return JSON {score, feedback}.",
            messages=[{"role": "user", "content": f"Rubric:\n{job['rubric']}\n\nEssay:\n{job['essay']}"}],
        )
        wlog.info("job %s graded, output_tokens=%d", job["id"], msg.usage.output_tokens)
        return json.loads(msg.content[0].text)

    async def report(self, job: dict, result: dict) -> None:
        async with httpx.AsyncClient(timeout=20) as http:
            r = await http.post(job["callback_url"], json=result, headers={"X-Callback-Token": LMS_CALLBACK_TOKEN})
        if r.status_code >= 300:
            wlog.error("callback %s -> %s (token %s)", job["callback_url"], r.status_code, LMS_CALLBACK_TOKEN)
        else:
            wlog.info("callback ok for %s (%s)", job["id"], r.status_code)

    async def handle(self, message: aio_pika.abc.AbstractIncomingMessage) -> None:
        async with message.process(requeue=True):
            job = json.loads(message.body)
            result = await self.grade(job)
            await self.report(job, result)
            self.graded += 1


async def main() -> None:
    worker = Worker(os.environ["ANTHROPIC_API_KEY"])
    conn = await aio_pika.connect_robust(AMQP_URL)
    channel = await conn.channel()
    await channel.set_qos(prefetch_count=4)
    queue = await channel.declare_queue(QUEUE, durable=True)
    wlog.info("worker on %s, callback token set=%s", QUEUE, bool(LMS_CALLBACK_TOKEN))
    await queue.consume(worker.handle)
    await asyncio.Future()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
