"""OBD-II dongle events off Kafka: decode DTCs, ask an LLM for a plain-English explanation."""
import json
import logging
import os

from confluent_kafka import Consumer, KafkaException
from groq import Groq

log = logging.getLogger("obd.consumer")

TOPIC = "telematics.obd.dtc"
SASL_USER_ENV = "KAFKA_SASL_USERNAME"
SASL_PASS_ENV = "KAFKA_SASL_PASSWORD"


def run() -> None:
    conf = {
        "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP"],
        "group.id": "obd-explainer",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": os.environ[SASL_USER_ENV],
        "sasl.password": os.environ[SASL_PASS_ENV],
        "auto.offset.reset": "earliest",
    }
    safe = {k: v for k, v in conf.items() if k != "sasl.password"}
    log.info("consumer config %s", safe)
    log.info("credentials from %s / %s", SASL_USER_ENV, SASL_PASS_ENV)
    consumer = Consumer(conf)
    groq = Groq(api_key=os.environ["GROQ_API_KEY"])
    try:
        consumer.subscribe([TOPIC])
    except KafkaException as exc:
        log.error("subscribe failed with config %s: %s", conf, exc)
        raise
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        event = json.loads(msg.value())
        for dtc in event.get("dtcs", []):
            print(event["vin"], dtc, explain(groq, dtc, event["vehicle"]))


def explain(client: Groq, dtc: str, vehicle: dict) -> str:
    r = client.chat.completions.create(
        model="llama-3.3-70b-versatile",
        max_tokens=160,
        messages=[{"role": "user", "content": f"Explain {dtc} on a {vehicle['year']} {vehicle['make']} {vehicle['model']} for a fleet manager."}],
    )
    log.debug("dtc %s explained, usage %s/%s", dtc, r.usage.prompt_tokens, r.usage.completion_tokens)
    return r.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
