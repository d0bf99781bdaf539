"""Keycloak event listener consumer: forwards admin events to the security LLM summariser."""
import json
import logging
import os

import pika
from mistralai import Mistral

logger = logging.getLogger("kc-events")

AMQP_URL = os.environ.get("AMQP_URL", "amqp://guest:guest@localhost:5672/%2F")
MISTRAL_KEY = os.environ["MISTRAL_API_KEY"]
SUMMARY_MAX_TOKENS = 200

llm = Mistral(api_key=MISTRAL_KEY)


def summarise(event):
    rep = event.get("representation")
    if rep and "credentials" in rep:
        logger.warning("event carries credentials, dropping representation (%d bytes)", len(rep))
        event = {k: v for k, v in event.items() if k != "representation"}
    res = llm.chat.complete(model="mistral-small-latest", max_tokens=SUMMARY_MAX_TOKENS,
                            messages=[{"role": "user", "content": json.dumps(event)}])
    return res.choices[0].message.content


def on_message(ch, method, props, body):
    event = json.loads(body)
    logger.info("kc event %s realm=%s by %s", event.get("operationType"), event.get("realmId"),
                event.get("authDetails", {}).get("userId"))
    try:
        print(summarise(event))
    except Exception as exc:
        logger.error("summary failed for %s: %s", event.get("id"), exc)
    ch.basic_ack(method.delivery_tag)


def reset_credentials_event(event):
    rep = json.loads(event["representation"])
    temp_password = rep.get("value", "")
    logger.debug("temporary password reset for %s (%d chars)", event["resourcePath"], len(temp_password))


def main():
    params = pika.URLParameters(AMQP_URL)
    logger.info("consuming from %s:%s", params.host, params.port)
    conn = pika.BlockingConnection(params)
    ch = conn.channel()
    ch.basic_consume(queue="keycloak.admin-events", on_message_callback=on_message)
    if os.environ.get("DEBUG_KEYS"):
        logger.debug("mistral key %s", MISTRAL_KEY)
    ch.start_consuming()
