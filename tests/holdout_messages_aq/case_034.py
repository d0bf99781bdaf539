"""Ride dispatch event consumer (aiokafka) feeding the driver-assignment LLM."""
import asyncio
import json
import logging
import os
import ssl

from aiokafka import AIOKafkaConsumer
from openai import AsyncOpenAI

kafka_log = logging.getLogger("dispatch.kafka")

BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka-1:9093")
TOPIC = "ride-requests"
SASL_USER = os.environ.get("KAFKA_SASL_USERNAME", "dispatch")
SASL_PASSWORD = os.environ["KAFKA_SASL_PASSWORD"]
MAX_TOKENS = 120


def consumer_config() -> dict:
    return {
        "bootstrap_servers": BOOTSTRAP,
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": SASL_USER,
        "sasl_plain_password": SASL_PASSWORD,
        "ssl_context": ssl.create_default_context(),
        "group_id": "assigner",
    }


async def consume():
    cfg = consumer_config()
    kafka_log.info("connecting to %s as %s (group %s)", cfg["bootstrap_servers"], cfg["sasl_plain_username"], cfg["group_id"])
    consumer = AIOKafkaConsumer(TOPIC, **cfg)
    try:
        await consumer.start()
    except Exception as exc:
        kafka_log.error("kafka start failed (%s) with config %s", exc, cfg)
        raise
    llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
    try:
        async for msg in consumer:
            ride = json.loads(msg.value)
            out = await llm.chat.completions.create(model="gpt-4o-mini", max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": json.dumps(ride)}])
            kafka_log.info("ride %s -> %s (%s tokens)", ride["id"], out.choices[0].message.content, out.usage.total_tokens)
    finally:
        await consumer.stop()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    kafka_log.info("sasl user %s, password set %s", SASL_USER, bool(SASL_PASSWORD))
    asyncio.run(consume())
