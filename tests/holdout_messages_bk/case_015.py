"""Async Kafka (aiokafka) worker: extract entities from invoices with Claude, emit to a topic."""
import asyncio
import json
import logging
import os

import anthropic
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

logger = logging.getLogger("invoice-entities")


class EntityWorker:
    def __init__(self) -> None:
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]
        self.sasl_password = os.environ["KAFKA_SASL_PASSWORD"]
        self.sasl_username = os.environ.get("KAFKA_SASL_USERNAME", "invoice-worker")
        self.max_tokens = 512
        self.client = anthropic.AsyncAnthropic(api_key=self.anthropic_key)

    def _kafka_kwargs(self) -> dict:
        return {"bootstrap_servers": os.environ["KAFKA_BOOTSTRAP"], "security_protocol": "SASL_SSL",
                "sasl_mechanism": "SCRAM-SHA-512", "sasl_plain_username": self.sasl_username,
                "sasl_plain_password": self.sasl_password}

    async def extract(self, text: str) -> dict:
        msg = await self.client.messages.create(
            model="claude-3-5-sonnet-latest", max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Return JSON entities for: {text}"}])
        return json.loads(msg.content[0].text)

    async def run(self) -> None:
        kwargs = self._kafka_kwargs()
        logger.info("kafka user %s, max_tokens %d", self.sasl_username, self.max_tokens)
        logger.debug("kafka kwargs %s", kwargs)
        consumer = AIOKafkaConsumer("invoices.ocr", group_id="entities", **kwargs)
        producer = AIOKafkaProducer(**kwargs)
        await consumer.start()
        await producer.start()
        try:
            async for record in consumer:
                try:
                    entities = await self.extract(record.value.decode())
                except anthropic.AuthenticationError as err:
                    logger.critical("key %s rejected: %s", self.anthropic_key, err.status_code)
                    raise
                except anthropic.APIError as err:
                    logger.warning("offset %s skipped: %s", record.offset, err)
                    continue
                await producer.send_and_wait("invoices.entities", json.dumps(entities).encode())
        finally:
            await consumer.stop()
            await producer.stop()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(EntityWorker().run())
