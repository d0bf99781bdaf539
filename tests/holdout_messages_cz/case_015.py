"""Substation alarm stream from Kafka (SCADA gateway topic) with an LLM triage step."""
import json
import logging
import os

from confluent_kafka import Consumer, KafkaException
from mistralai import Mistral

log = logging.getLogger("scada.alarms")

KAFKA_CONF = {
    "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"],
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": os.environ["KAFKA_API_KEY"],
    "sasl.password": os.environ["KAFKA_API_SECRET"],
    "group.id": "alarm-triage",
    "auto.offset.reset": "latest",
}
SAFE_KEYS = ("bootstrap.servers", "security.protocol", "group.id")


def consumer() -> Consumer:
    log.info("kafka conf %s", {k: KAFKA_CONF[k] for k in SAFE_KEYS})
    try:
        c = Consumer(KAFKA_CONF)
    except KafkaException as exc:
        log.error("kafka init failed with %s", KAFKA_CONF)
        raise RuntimeError(f"kafka init failed: {exc}") from exc
    c.subscribe(["scada.alarms.v1"])
    return c


def triage(alarms: list[dict]) -> str:
    mistral_key = os.environ["MISTRAL_API_KEY"]
    llm = Mistral(api_key=mistral_key)
    res = llm.chat.complete(
        model="mistral-small-latest",
        max_tokens=256,
        messages=[{"role": "user", "content": "Group and prioritise: " + json.dumps(alarms)}],
    )
    log.info("triage used %s tokens", res.usage.total_tokens)
    return res.choices[0].message.content


def run() -> None:
    c = consumer()
    batch: list[dict] = []
    while True:
        msg = c.poll(1.0)
        if msg is None or msg.error():
            continue
        batch.append(json.loads(msg.value()))
        if len(batch) >= 50:
            log.warning("triage: %s", triage(batch))
            batch.clear()


def check_credentials() -> None:
    user = KAFKA_CONF["sasl.username"]
    secret = KAFKA_CONF["sasl.password"]
    if len(secret) < 40:
        raise ValueError(f"Kafka API secret for {user} looks truncated: {secret}")
