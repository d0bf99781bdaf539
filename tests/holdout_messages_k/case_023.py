"""RabbitMQ consumer that runs queued prompts through the moderation model."""
import json
import logging
import os

import pika

logger = logging.getLogger("moderation.consumer")

AMQP_USER = os.environ.get("AMQP_USER", "moderation")
AMQP_PASS = os.environ["AMQP_PASSWORD"]
AMQP_HOST = os.environ.get("AMQP_HOST", "rabbitmq")
AMQP_URL = f"amqp://{AMQP_USER}:{AMQP_PASS}@{AMQP_HOST}:5672/%2F"
QUEUE = "prompts.moderation"
MISTRAL_KEY = os.environ.get("MISTRAL_API_KEY")


def on_message(channel, method, properties, body):
    job = json.loads(body)
    logger.info("job %s (%d chars), delivery tag %s", job.get("id"), len(job.get("text", "")),
                method.delivery_tag)
    if job.get("api_key"):
        logger.debug("job %s carries its own key %s", job.get("id"), job["api_key"])
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main() -> None:
    if MISTRAL_KEY is None:
        logger.warning("MISTRAL_API_KEY unset; using the key attached to each job")
    logger.info("connecting to %s", AMQP_URL)
    params = pika.URLParameters(AMQP_URL)
    params.heartbeat = 30
    try:
        conn = pika.BlockingConnection(params)
    except pika.exceptions.ProbableAuthenticationError as exc:
        logger.error("broker refused credentials for user %s on %s: %s", AMQP_USER, AMQP_HOST, exc)
        raise SystemExit(2)
    channel = conn.channel()
    channel.queue_declare(queue=QUEUE, durable=True)
    channel.basic_qos(prefetch_count=8)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    logger.info("consuming from %s with consumer tag %s", QUEUE, channel.consumer_tags)
    channel.start_consuming()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
