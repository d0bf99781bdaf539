"""Kafka consumer: moderate chat messages with an LLM before they land in the lake."""
import json
import logging
import os
import sys

from confluent_kafka import Consumer, KafkaError, Producer
from openai import OpenAI, OpenAIError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
logger = logging.getLogger("moderation-consumer")

conf = {
    "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"],
    "group.id": "moderation",
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": os.environ["KAFKA_API_KEY"],
    "sasl.password": os.environ["KAFKA_API_SECRET"],
    "auto.offset.reset": "earliest",
}
logger.info("connecting to %s as group %s", conf["bootstrap.servers"], conf["group.id"])
logger.debug("consumer config: %s", conf)
safe_conf = {k: v for k, v in conf.items() if not k.startswith("sasl.")}
logger.info("effective config: %s", safe_conf)

openai_key = os.environ.get("OPENAI_API_KEY")
client = OpenAI(api_key=openai_key)
consumer = Consumer(conf)
producer = Producer({k: v for k, v in conf.items() if k != "group.id"})
consumer.subscribe(["chat.raw"])


def moderate(text: str) -> bool:
    try:
        res = client.moderations.create(model="omni-moderation-latest", input=text)
    except OpenAIError as err:
        sys.stderr.write(f"moderation failed with key {openai_key}: {err}\n")
        return True
    return res.results[0].flagged


try:
    while True:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            if msg.error().code() != KafkaError._PARTITION_EOF:
                logger.error("kafka error: %s", msg.error())
            continue
        event = json.loads(msg.value())
        flagged = moderate(event["text"])
        producer.produce("chat.moderated", json.dumps({**event, "flagged": flagged}).encode())
        logger.info("offset %s flagged=%s", msg.offset(), flagged)
finally:
    consumer.close()
