"""Kafka consumer that moderates user comments with OpenAI's moderation endpoint."""
import json
import logging
import os

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer
from openai import OpenAI

log = logging.getLogger("moderation.consumer")

conf = {
    "bootstrap.servers": os.environ["KAFKA_BROKERS"],
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "SCRAM-SHA-512",
    "sasl.username": os.environ["KAFKA_SASL_USER"],
    "sasl.password": os.environ["KAFKA_SASL_PASSWORD"],
    "group.id": "comment-moderation",
    "auto.offset.reset": "earliest",
    "enable.auto.commit": False,
}
openai_client = OpenAI()


def safe_conf(c: dict) -> dict:
    return {k: v for k, v in c.items() if not k.startswith("sasl.")}


def on_error(err):
    if err.code() == KafkaError._AUTHENTICATION:
        raise KafkaException(f"SASL auth failed for {conf['sasl.username']} / {conf['sasl.password']}")
    log.error("kafka error %s", err.str())


def run():
    consumer = Consumer({**conf, "error_cb": on_error})
    producer = Producer(safe_conf(conf))
    log.info("consumer config: %s", safe_conf(conf))
    log.debug("full consumer config: %s", conf)
    consumer.subscribe(["comments.raw"])
    try:
        while True:
            msg = consumer.poll(1.0)
            if msg is None or msg.error():
                continue
            comment = json.loads(msg.value())
            result = openai_client.moderations.create(model="omni-moderation-latest", input=comment["text"])
            flagged = result.results[0].flagged
            producer.produce("comments.moderated", json.dumps({"id": comment["id"], "flagged": flagged}))
            consumer.commit(msg)
            log.info("comment %s flagged=%s offset=%s", comment["id"], flagged, msg.offset())
    finally:
        consumer.close()
        producer.flush(5)


if __name__ == "__main__":
    log.info("brokers %s, user %s", conf["bootstrap.servers"], conf["sasl.username"])
    run()
