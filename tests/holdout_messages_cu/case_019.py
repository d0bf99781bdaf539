"""Consumes the live-scoring Kafka topic and updates fantasy matchup totals in Redis."""
import asyncio
import json
import logging
import os
import ssl

import redis.asyncio as redis
from aiokafka import AIOKafkaConsumer

LOG = logging.getLogger("fantasy.livescore")

TOPIC = "nfl.play_by_play.v2"
GROUP = "fantasy-live-totals"


def consumer_config() -> dict:
    return {
        "bootstrap_servers": os.environ["KAFKA_BOOTSTRAP"],
        "group_id": GROUP,
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": os.environ["KAFKA_USERNAME"],
        "sasl_plain_password": os.environ["KAFKA_PASSWORD"],
        "ssl_context": ssl.create_default_context(),
        "enable_auto_commit": False,
    }


async def run() -> None:
    cfg = consumer_config()
    safe = {k: v for k, v in cfg.items() if "password" not in k and k != "ssl_context"}
    LOG.info("kafka consumer config %s", safe)
    LOG.debug("full kafka config %s", cfg)
    consumer = AIOKafkaConsumer(TOPIC, **cfg)
    r = redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
    await consumer.start()
    LOG.info("consuming %s as %s via %s", TOPIC, cfg["sasl_plain_username"], cfg["sasl_mechanism"])
    try:
        async for msg in consumer:
            play = json.loads(msg.value)
            for pid, pts in play.get("fantasy_points", {}).items():
                for matchup in await r.smembers(f"player:{pid}:matchups"):
                    await r.hincrbyfloat(f"matchup:{matchup.decode()}", pid, pts)
            await consumer.commit()
    except Exception:
        LOG.exception("consumer crashed at offset")
        raise
    finally:
        await consumer.stop()
        await r.aclose()


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    asyncio.run(run())
