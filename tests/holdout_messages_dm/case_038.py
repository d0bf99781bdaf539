"""Pub/Sub-triggered Cloud Run worker: send LLM-drafted push notifications (xAI Grok), Firebase tokens."""
import base64
import json
import logging
import os

import requests
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("notify-worker")
logging.basicConfig(level=logging.INFO)

XAI_URL = "https://api.x.ai/v1/chat/completions"
xai_api_key = os.environ["XAI_API_KEY"]
FCM_SERVER_KEY = os.environ["FCM_SERVER_KEY"]


def draft(topic: str) -> str:
    r = requests.post(XAI_URL, headers={"Authorization": f"Bearer {xai_api_key}"}, json={"model": "grok-2-latest", "max_tokens": 60, "messages": [{"role": "user", "content": f"Write a short push notification about {topic}"}]}, timeout=20)
    if r.status_code == 401:
        raise RuntimeError(f"xAI rejected key {xai_api_key}")
    r.raise_for_status()
    usage = r.json()["usage"]
    logger.info("draft tokens in=%s out=%s", usage["prompt_tokens"], usage["completion_tokens"])
    return r.json()["choices"][0]["message"]["content"]


def push(device_token: str, text: str) -> int:
    r = requests.post("https://fcm.googleapis.com/fcm/send", headers={"Authorization": "key=" + FCM_SERVER_KEY}, json={"to": device_token, "notification": {"body": text}}, timeout=10)
    if r.status_code != 200:
        logger.warning("FCM %s for device %s...", r.status_code, device_token[:4])
        logger.debug("FCM auth header was key=%s", FCM_SERVER_KEY)
    return r.status_code


@app.post("/")
def index():
    envelope = request.get_json()
    msg = json.loads(base64.b64decode(envelope["message"]["data"]))
    logger.info("notify topic=%s devices=%d", msg["topic"], len(msg["device_tokens"]))
    text = draft(msg["topic"])
    statuses = [push(t, text) for t in msg["device_tokens"]]
    failed = sum(1 for s in statuses if s != 200)
    logger.info("sent %d, failed %d", len(statuses) - failed, failed)
    return ("", 204)


if __name__ == "__main__":
    print(f"starting worker on port {os.environ.get('PORT', '8080')} with xAI key {xai_api_key}")
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
