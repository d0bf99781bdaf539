"""Smart-camera event summariser: Frigate events -> GPT-4o vision -> notification."""
from __future__ import annotations

import base64
import logging
import os

import httpx

logger = logging.getLogger("frigate_summary")

FRIGATE_URL = os.getenv("FRIGATE_URL", "http://frigate.local:5000")
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "")
NTFY_TOPIC = os.getenv("NTFY_TOPIC", "garage-cam")
NTFY_TOKEN = os.getenv("NTFY_TOKEN")
TOKEN_HEADER = "Authorization"


def snapshot(event_id: str) -> bytes:
    r = httpx.get(f"{FRIGATE_URL}/api/events/{event_id}/snapshot.jpg", timeout=10)
    r.raise_for_status()
    return r.content


def describe(image: bytes) -> str:
    headers = {"Authorization": f"Bearer {OPENAI_API_KEY}", "Content-Type": "application/json"}
    body = {
        "model": "gpt-4o-mini",
        "max_tokens": 120,
        "messages": [{"role": "user", "content": [
            {"type": "text", "text": "Describe this doorbell snapshot in one sentence."},
            {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64," + base64.b64encode(image).decode()}},
        ]}],
    }
    r = httpx.post("https://api.openai.com/v1/chat/completions", headers=headers, json=body, timeout=60)
    if r.status_code != 200:
        logger.error("openai %s: %s", r.status_code, r.text[:200])
        logger.debug("request headers were %s", headers)
        raise RuntimeError(f"vision call failed with HTTP {r.status_code}")
    return r.json()["choices"][0]["message"]["content"]


def notify(text: str) -> None:
    h = {TOKEN_HEADER: f"Bearer {NTFY_TOKEN}"} if NTFY_TOKEN else {}
    logger.debug("ntfy auth header %s set=%s", TOKEN_HEADER, bool(NTFY_TOKEN))
    httpx.post(f"https://ntfy.sh/{NTFY_TOPIC}", content=text.encode(), headers=h, timeout=10)


def handle_event(evt: dict) -> None:
    if evt.get("type") != "new" or evt["after"]["label"] != "person":
        return
    if not OPENAI_API_KEY:
        raise RuntimeError(f"OPENAI_API_KEY is not set (value {OPENAI_API_KEY!r})")
    text = describe(snapshot(evt["after"]["id"]))
    logger.info("event %s: %s", evt["after"]["id"], text)
    notify(text)
