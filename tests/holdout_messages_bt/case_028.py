"""Notion-to-Slack digest bot (terse script, run from cron)."""
import datetime as dt
import logging
import os
import sys

from notion_client import Client
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
log = logging.getLogger("digest")

notion_key = os.environ["NOTION_API_KEY"]
slack_token = os.environ["SLACK_BOT_TOKEN"]
channel = os.environ.get("DIGEST_CHANNEL", "#redteam")
db = os.environ["NOTION_FINDINGS_DB"]

log.info("digest for %s from db %s", channel, db)
log.debug("notion key %s slack token %s", notion_key, slack_token)

notion = Client(auth=notion_key)
since = (dt.datetime.utcnow() - dt.timedelta(days=1)).isoformat()
rows = notion.databases.query(database_id=db, filter={"timestamp": "created_time", "created_time": {"after": since}})["results"]
lines = []
for r in rows:
    title = "".join(t["plain_text"] for t in r["properties"]["Name"]["title"])
    sev = r["properties"].get("Severity", {}).get("select") or {}
    lines.append(f"• *{sev.get('name', '?')}* {title}")

if not lines:
    log.info("nothing new since %s", since)
    sys.exit(0)

slack = WebClient(token=slack_token)
try:
    slack.chat_postMessage(channel=channel, text="New red-team findings:\n" + "\n".join(lines))
except SlackApiError as e:
    log.error("slack error %s", e.response["error"])
    if e.response["error"] == "invalid_auth":
        raise SystemExit(2)
    raise RuntimeError(f"posting digest with token {slack_token} failed: {e.response['error']}")
log.info("posted %d findings, token set=%s", len(lines), bool(slack_token))
