"""Kafka consumer that runs ModelRed assessments for queued model releases."""
import json
import logging
import os

from kafka import KafkaConsumer, KafkaProducer
from modelred import ModelRed, ModelRedError, RateLimited

log = logging.getLogger("release-scanner")
KAFKA = os.environ.get("KAFKA_BOOTSTRAP", "localhost:9092")
SASL_PASSWORD = os.environ["KAFKA_SASL_PASSWORD"]


def consumer() -> KafkaConsumer:
    opts = {
        "bootstrap_servers": KAFKA,
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "PLAIN",
        "sasl_plain_username": os.environ["KAFKA_SASL_USER"],
        "sasl_plain_password": SASL_PASSWORD,
    }
    log.info("connecting to %s as %s", opts["bootstrap_servers"], opts["sasl_plain_username"])
    log.debug("consumer options %s", opts)
    return KafkaConsumer("model-releases", value_deserializer=json.loads, **opts)


def scan_release(client: ModelRed, release: dict) -> dict:
    last_error = None
    for attempt in range(3):
        try:
            a = client.create_assessment_by_id(model_id=release["model_id"], probe_pack_ids=["release-gate"])
            return {"release": release["id"], "assessment": a["id"]}
        except RateLimited as e:
            log.info("attempt %d rate limited", attempt)
            last_error = e
        except ModelRedError as e:
            last_error = e
            break
    return {"release": release["id"], "error": str(last_error)}


def main() -> None:
    producer = KafkaProducer(bootstrap_servers=KAFKA, value_serializer=lambda v: json.dumps(v).encode())
    with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
        for msg in consumer():
            result = scan_release(client, msg.value)
            log.info("release %s scanned (offset %d)", msg.value.get("id"), msg.offset)
            producer.send("model-release-results", result)
