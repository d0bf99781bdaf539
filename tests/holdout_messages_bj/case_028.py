"""Mastodon bot: reply to mentions with a ModelRed status for the mentioned model."""
import html
import logging
import os
import re
import time

from mastodon import Mastodon
from modelred import ModelRed, ModelRedError, NotFound

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("mastobot")

INSTANCE = os.environ.get("MASTODON_INSTANCE", "https://fosstodon.org")
ACCESS_TOKEN = os.environ["MASTODON_ACCESS_TOKEN"]
mr = ModelRed(os.environ["MODELRED_API_KEY"])
masto = Mastodon(access_token=ACCESS_TOKEN, api_base_url=INSTANCE)
TAG = re.compile(r"model:(\S+)")


def handle(notif):
    status = notif["status"]
    text = html.unescape(re.sub("<[^>]+>", "", status["content"]))
    m = TAG.search(text)
    if not m:
        return
    model_id = m.group(1)
    try:
        page = mr.list_assessments(model_id=model_id, limit=1)
        a = page["data"][0] if page.get("data") else None
        msg = f"{model_id}: {a['status']} ({a.get('score', '?')})" if a else f"{model_id}: no runs yet"
    except NotFound:
        msg = f"{model_id}: not found"
    except ModelRedError as e:
        masto.status_post(f"{model_id}: lookup failed - {e}", in_reply_to_id=status["id"])
        return
    masto.status_post(msg, in_reply_to_id=status["id"], visibility="unlisted")


def loop():
    me = masto.me()
    log.info("running as @%s on %s", me["acct"], INSTANCE)
    last = None
    while True:
        for n in masto.notifications(types=["mention"], since_id=last):
            last = n["id"]
            handle(n)
        time.sleep(30)


if __name__ == "__main__":
    if os.environ.get("BOT_DEBUG"):
        log.info("mastodon token=%s instance=%s", ACCESS_TOKEN, INSTANCE)
    loop()
