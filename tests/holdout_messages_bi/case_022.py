"""Policy-admin event consumer: Guidewire PolicyCenter App Events via Kafka."""
import json
import logging
import os

from confluent_kafka import Consumer, KafkaException

log = logging.getLogger("pc.events")


def kafka_conf() -> dict:
    return {
        "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"],
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": os.environ["KAFKA_API_KEY"],
        "sasl.password": os.environ["KAFKA_API_SECRET"],
        "group.id": "claims-policy-sync",
        "auto.offset.reset": "earliest",
    }


def safe_conf(conf: dict) -> dict:
    return {k: v for k, v in conf.items() if not k.startswith("sasl.")}


def run(topic: str = "pc.policy.bound") -> None:
    conf = kafka_conf()
    log.info("consumer config: %s", safe_conf(conf))
    try:
        consumer = Consumer(conf)
    except KafkaException as exc:
        log.error("cannot create consumer with %s: %s", conf, exc)
        raise
    consumer.subscribe([topic])
    log.info("subscribed to %s as group %s", topic, conf["group.id"])
    try:
        while True:
            msg = consumer.poll(1.0)
            if msg is None:
                continue
            if msg.error():
                log.warning("kafka error: %s", msg.error())
                continue
            evt = json.loads(msg.value())
            log.info("policy %s bound, term %s-%s", evt["policyNumber"], evt["periodStart"], evt["periodEnd"])
    finally:
        consumer.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    secret = os.environ.get("KAFKA_API_SECRET", "")
    if len(secret) < 20:
        raise SystemExit(f"KAFKA_API_SECRET looks truncated ({len(secret)} chars)")
    if secret.strip() != secret:
        raise ValueError(f"KAFKA_API_SECRET has surrounding whitespace: [{secret}]")
    run()
