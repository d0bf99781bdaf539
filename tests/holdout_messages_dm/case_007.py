"""Cloud Function (Pub/Sub CloudEvent): translate incoming chat messages with Gemini."""
import base64
import json
import os

import functions_framework
import google.generativeai as genai
from cloudevents.http import CloudEvent
from google.api_core import exceptions as gexc
from loguru import logger

GEMINI_KEY_ENV = "GOOGLE_API_KEY"
TARGET_LANG = os.environ.get("TARGET_LANG", "en")
MAX_OUTPUT_TOKENS = 256

_model = None


def model():
    global _model
    if _model is None:
        api_key = os.environ[GEMINI_KEY_ENV]
        logger.info("configuring Gemini from {} (length {})", GEMINI_KEY_ENV, len(api_key))
        genai.configure(api_key=api_key)
        _model = genai.GenerativeModel("gemini-1.5-flash")
    return _model


@functions_framework.cloud_event
def on_message(cloud_event: CloudEvent) -> None:
    data = base64.b64decode(cloud_event.data["message"]["data"]).decode()
    msg = json.loads(data)
    try:
        out = model().generate_content(
            f"Translate to {TARGET_LANG}: {msg['text']}",
            generation_config={"max_output_tokens": MAX_OUTPUT_TOKENS},
        )
    except gexc.PermissionDenied as exc:
        logger.error("Gemini denied request with key {}: {}", os.environ[GEMINI_KEY_ENV], exc.message)
        raise
    except gexc.ResourceExhausted:
        logger.warning("quota exhausted for message {}", msg.get("id"))
        raise
    usage = out.usage_metadata
    logger.info("translated {} ({} tokens)", msg.get("id"), usage.total_token_count)
    publish_translation(msg.get("id"), out.text)


def publish_translation(msg_id: str, text: str) -> None:
    from google.cloud import pubsub_v1

    publisher = pubsub_v1.PublisherClient()
    topic = publisher.topic_path(os.environ["GOOGLE_CLOUD_PROJECT"], "translations")
    publisher.publish(topic, json.dumps({"id": msg_id, "text": text}).encode())
    logger.debug("published {} to {}", msg_id, topic)
