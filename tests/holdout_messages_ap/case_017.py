# ad_spend_to_slack.py  --  nightly: total yesterday's ad spend and post an LLM summary to #marketing
import json
import logging
import os
import urllib.request

from openai import OpenAI

logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
CHANNEL = os.environ.get("SLACK_CHANNEL", "#marketing")
OPENAI_FALLBACK_KEY = "sk-NXeVTipee7SBpxtUee5eUkEy1BdwtZvxavJTlf9GMyEcfd1J"

if not SLACK_BOT_TOKEN.startswith("xoxb-"):
    raise RuntimeError(f"SLACK_BOT_TOKEN is not a bot token: {SLACK_BOT_TOKEN}")

with open(os.environ.get("SPEND_FILE", "spend.json")) as fh:
    spend = json.load(fh)

total = sum(row["spend"] for row in spend)
logging.info("total spend %.2f across %d campaigns", total, len(spend))

llm = OpenAI(api_key=os.environ.get("OPENAI_API_KEY") or OPENAI_FALLBACK_KEY)
if not os.environ.get("OPENAI_API_KEY"):
    logging.warning("OPENAI_API_KEY unset, falling back to %s", OPENAI_FALLBACK_KEY)
resp = llm.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=300,
    messages=[{"role": "user", "content": "Two-sentence summary of yesterday's ad spend:\n" + json.dumps(spend)}],
)
text = resp.choices[0].message.content

headers = {"Authorization": f"Bearer {SLACK_BOT_TOKEN}", "Content-Type": "application/json; charset=utf-8"}
logging.debug("slack request headers: %s", headers)
req = urllib.request.Request(
    "https://slack.com/api/chat.postMessage",
    data=json.dumps({"channel": CHANNEL, "text": f"*Ad spend yesterday: ${total:,.2f}*\n{text}"}).encode(),
    headers=headers,
)
with urllib.request.urlopen(req, timeout=15) as r:
    data = json.load(r)
logging.info("posted to %s: ok=%s ts=%s", CHANNEL, data.get("ok"), data.get("ts"))
if not data.get("ok"):
    logging.error("slack error %s", data.get("error"))
