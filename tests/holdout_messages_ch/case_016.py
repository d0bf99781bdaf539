"""Legislative bill-tracker: summarises new bills nightly and posts them to staff Slack."""
import logging
import os
import sys

import requests
from openai import OpenAI, AuthenticationError

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(message)s")
bills_log = logging.getLogger("bills")

OPENSTATES_KEY = os.environ["OPENSTATES_API_KEY"]
SLACK_WEBHOOK_ENV = "BILLS_SLACK_WEBHOOK"
client = OpenAI()


def fetch_bills(state: str, since: str):
    r = requests.get("https://v3.openstates.org/bills",
                     params={"jurisdiction": state, "updated_since": since, "per_page": 20},
                     headers={"X-API-KEY": OPENSTATES_KEY}, timeout=30)
    if r.status_code == 401:
        bills_log.error("Open States rejected key %s", OPENSTATES_KEY)
        return []
    if not r.ok:
        bills_log.error("Open States %s for %s: %s", r.status_code, state, r.text[:200])
        return []
    return r.json()["results"]


def summarise(bill: dict) -> str:
    try:
        resp = client.chat.completions.create(
            model="gpt-4o-mini", max_tokens=200,
            messages=[{"role": "user", "content": f"Summarise in two sentences: {bill['title']}"}])
    except AuthenticationError as exc:
        bills_log.error("OpenAI auth failed: %s", exc.code)
        raise
    bills_log.info("%s summarised (%d tokens)", bill["identifier"], resp.usage.total_tokens)
    return resp.choices[0].message.content


def post(text: str):
    hook = os.environ.get(SLACK_WEBHOOK_ENV)
    if not hook:
        bills_log.warning("%s not set, printing instead", SLACK_WEBHOOK_ENV)
        print(text)
        return
    requests.post(hook, json={"text": text}, timeout=10)


if __name__ == "__main__":
    for b in fetch_bills(sys.argv[1] if len(sys.argv) > 1 else "wa", "2024-01-01"):
        post(f"*{b['identifier']}*: {summarise(b)}")
