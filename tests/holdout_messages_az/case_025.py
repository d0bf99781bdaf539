"""Kafka consumer: each newly deployed moderation model version triggers a ModelRed scan."""
import asyncio
import json
import logging
import os
import warnings

from aiokafka import AIOKafkaConsumer
from modelred import AsyncModelRed, APIError, LimitExceeded, NotFound

log = logging.getLogger("deploy-scanner")

TOPIC = "moderation.model.deployed"
PACKS = [p for p in os.getenv("SCAN_PACKS", "hate-speech,self-harm").split(",") if p]


def modelred_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if key and not key.startswith("mr_"):
        warnings.warn(f"MODELRED_API_KEY={key} does not start with mr_; scans will fail")
    return key


async def handle(client: AsyncModelRed, event: dict) -> None:
    model_id = event["modelred_id"]
    try:
        a = await client.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="high")
    except NotFound:
        log.warning("model %s not registered, skipping version %s", model_id, event.get("version"))
        return
    except LimitExceeded as e:
        log.error("limit exceeded (%s) for %s", e.status_code, model_id)
        return
    except APIError:
        log.exception("scan of %s failed", model_id)
        return
    log.info("scan %s started for %s@%s", a.id, model_id, event.get("version"))


async def main() -> None:
    consumer = AIOKafkaConsumer(
        TOPIC,
        bootstrap_servers=os.getenv("KAFKA_BOOTSTRAP", "kafka:9092"),
        group_id="deploy-scanner",
        sasl_plain_username=os.getenv("KAFKA_USER"),
        sasl_plain_password=os.getenv("KAFKA_PASSWORD"),
        security_protocol="SASL_SSL" if os.getenv("KAFKA_PASSWORD") else "PLAINTEXT",
        value_deserializer=lambda b: json.loads(b),
    )
    log.info("kafka user %s, sasl enabled: %s", os.getenv("KAFKA_USER"), bool(os.getenv("KAFKA_PASSWORD")))
    await consumer.start()
    try:
        async with AsyncModelRed(modelred_key(), timeout=30.0) as client:
            async for msg in consumer:
                await handle(client, msg.value)
    finally:
        await consumer.stop()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
