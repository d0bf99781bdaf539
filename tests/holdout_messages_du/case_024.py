"""Async Kafka worker: answers questions from the "faq.requests" topic with Groq."""
import asyncio
import json
import logging
import os

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from groq import AsyncGroq, AuthenticationError, RateLimitError

log = logging.getLogger("faq.worker")
TOPIC_IN, TOPIC_OUT = "faq.requests", "faq.answers"
GROQ_KEY_NAME = "GROQ_API_KEY"


class FaqWorker:
    def __init__(self):
        self.groq_api_key = os.environ.get(GROQ_KEY_NAME, "")
        self.groq = AsyncGroq(api_key=self.groq_api_key)
        self.consumer = AIOKafkaConsumer(TOPIC_IN, bootstrap_servers=os.environ["KAFKA"], group_id="faq")
        self.producer = AIOKafkaProducer(bootstrap_servers=os.environ["KAFKA"])
        self.answered = 0

    async def answer(self, question: str) -> str:
        try:
            chat = await self.groq.chat.completions.create(
                model="llama-3.3-70b-versatile", max_tokens=300,
                messages=[{"role": "user", "content": question}],
            )
        except AuthenticationError:
            log.error("groq auth failed with key " + self.groq_api_key)
            raise
        except RateLimitError as err:
            log.warning("groq rate limit, retry-after %s", err.response.headers.get("retry-after"))
            await asyncio.sleep(5)
            return await self.answer(question)
        log.debug("usage: %s tokens", chat.usage.total_tokens)
        return chat.choices[0].message.content

    async def run(self):
        if not self.groq_api_key:
            log.critical("%s is empty: %r", GROQ_KEY_NAME, self.groq_api_key)
            return
        if not self.groq_api_key.startswith("gsk_"):
            raise RuntimeError("%s does not look like a Groq key: %s" % (GROQ_KEY_NAME, self.groq_api_key))
        await self.consumer.start()
        await self.producer.start()
        try:
            async for msg in self.consumer:
                req = json.loads(msg.value)
                text = await self.answer(req["question"])
                await self.producer.send_and_wait(TOPIC_OUT, json.dumps({"id": req["id"], "answer": text}).encode())
                self.answered += 1
        finally:
            await self.consumer.stop()
            await self.producer.stop()
            log.info("answered %d questions", self.answered)


if __name__ == "__main__":
    asyncio.run(FaqWorker().run())
