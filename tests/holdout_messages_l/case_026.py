"""Slack notifier for LLM job results."""
import logging
import os

import requests

log = logging.getLogger(__name__)
SLACK_WEBHOOK_URL = os.environ.get("SLACK_WEBHOOK_URL", "")
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN")
CHANNEL = "#llm-jobs"


def post_webhook(text):
    if not SLACK_WEBHOOK_URL:
        log.info("no webhook configured; message was: %s", text)
        return False
    r = requests.post(SLACK_WEBHOOK_URL, json={"text": text}, timeout=5)
    if r.status_code != 200:
        log.warning("slack webhook %s answered %s", SLACK_WEBHOOK_URL, r.status_code)
        return False
    return True


def post_bot(text):
    r = requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": "Bearer " + SLACK_BOT_TOKEN},
        json={"channel": CHANNEL, "text": text},
        timeout=5,
    )
    data = r.json()
    if not data.get("ok"):
        log.error("chat.postMessage failed: %s (channel %s)", data.get("error"), CHANNEL)
        return False
    log.debug("posted ts=%s", data.get("ts"))
    return True


def notify(job):
    summary = f"job {job['id']} finished: {job['status']}, {job['tokens']} tokens, cost ${job['cost']:.2f}"
    if SLACK_BOT_TOKEN:
        return post_bot(summary)
    return post_webhook(summary)


def check():
    print("slack bot token configured:", bool(SLACK_BOT_TOKEN))
    if SLACK_BOT_TOKEN and not SLACK_BOT_TOKEN.startswith("xoxb-"):
        print("SLACK_BOT_TOKEN is not a bot token:", SLACK_BOT_TOKEN)
