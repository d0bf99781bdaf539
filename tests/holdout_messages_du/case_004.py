"""Dramatiq actors that classify support e-mails with Groq."""
import logging

import dramatiq
import requests
from dotenv import dotenv_values
from dramatiq.brokers.redis import RedisBroker

env = dotenv_values(".env.worker")
broker = RedisBroker(url=env.get("REDIS_URL", "redis://localhost:6379/1"))
dramatiq.set_broker(broker)

logger = logging.getLogger("mail.classify")
GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"
LABELS = ("billing", "bug", "feature", "other")


def groq_key() -> str:
    key = env.get("GROQ_API_KEY")
    if not key:
        raise ValueError("GROQ_API_KEY missing from .env.worker (got %r)" % key)
    if not key.startswith("gsk_"):
        raise ValueError("GROQ_API_KEY in .env.worker is malformed: %r" % key)
    return key


@dramatiq.actor(queue_name="mail", max_retries=4, min_backoff=2000)
def classify(message_id: str, subject: str, body: str):
    key = groq_key()
    payload = {
        "model": "llama-3.1-8b-instant",
        "max_tokens": 8,
        "messages": [
            {"role": "system", "content": "Answer with one of: " + ", ".join(LABELS)},
            {"role": "user", "content": f"{subject}\n\n{body[:4000]}"},
        ],
    }
    resp = requests.post(GROQ_URL, json=payload, headers={"Authorization": f"Bearer {key}"}, timeout=20)
    if resp.status_code == 401:
        logger.warning("groq 401 for %s with key %s", message_id, key)
        return
    if resp.status_code >= 400:
        logger.error("groq %s for %s: %s", resp.status_code, message_id, resp.text[:200])
        resp.raise_for_status()
    data = resp.json()
    label = data["choices"][0]["message"]["content"].strip().lower()
    logger.info("%s -> %s (%s tokens)", message_id, label, data["usage"]["total_tokens"])
    store_label.send(message_id, label if label in LABELS else "other")


@dramatiq.actor(queue_name="mail-store")
def store_label(message_id: str, label: str):
    logger.info("stored %s=%s; payload max_tokens=%d", message_id, label, 8)
