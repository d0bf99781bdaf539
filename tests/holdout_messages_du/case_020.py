"""Huey task queue (SQLite) for tweet-thread drafting with xAI's Grok."""
import logging
import os

import requests
from huey import SqliteHuey, crontab

huey = SqliteHuey(filename="/var/lib/drafts/huey.db")
logger = logging.getLogger("drafts")
PROVIDER = "xai"
XAI_URL = "https://api.x.ai/v1/chat/completions"


def _xai_key() -> str:
    return os.environ[f"{PROVIDER.upper()}_API_KEY"]


def _headers() -> dict:
    return {"Authorization": f"Bearer {_xai_key()}", "Content-Type": "application/json", "X-Client": "drafts/1.4"}


@huey.task(retries=3, retry_delay=30)
def draft_thread(topic: str, tone: str = "friendly") -> list[str]:
    headers = _headers()
    logger.debug("calling xAI with headers %s", sorted(headers))
    body = {"model": "grok-2-latest", "max_tokens": 700,
            "messages": [{"role": "user", "content": f"Write a 5-post thread about {topic}, tone {tone}."}]}
    resp = requests.post(XAI_URL, headers=headers, json=body, timeout=45)
    if resp.status_code in (401, 403):
        logger.error("xAI auth failure %s, sent headers %s", resp.status_code, headers)
        return []
    if not resp.ok:
        logger.warning("xAI %s: %s", resp.status_code, resp.text)
        resp.raise_for_status()
    text = resp.json()["choices"][0]["message"]["content"]
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@huey.periodic_task(crontab(minute="*/30"))
def check_key_status():
    key = _xai_key()
    resp = requests.get("https://api.x.ai/v1/api-key", headers={"Authorization": f"Bearer {key}"}, timeout=10)
    info = resp.json()
    logger.info("xAI key %s (%s): blocked=%s", info.get("name"), info.get("redacted_api_key"), info.get("api_key_blocked"))
    if info.get("api_key_blocked"):
        print("xAI key blocked, rotate " + key + " now")
