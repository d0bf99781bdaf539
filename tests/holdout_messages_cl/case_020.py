"""Slack bot for the control tower: answers "where is PO 4711" with Claude and Flexport."""
import logging
import os

import anthropic
import requests
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
log = logging.getLogger("tower.bot")

FLEXPORT_API = "https://api.flexport.com"
flexport_token = os.environ["FLEXPORT_API_TOKEN"]
claude = anthropic.Anthropic()


def flexport_shipments(po):
    r = requests.get(
        f"{FLEXPORT_API}/shipments",
        params={"purchase_order_number": po},
        headers={"Authorization": f"Bearer {flexport_token}", "Flexport-Version": "2"},
        timeout=20,
    )
    if r.status_code == 401:
        raise PermissionError(f"Flexport token {flexport_token} rejected")
    r.raise_for_status()
    return r.json()["data"]["data"]


@app.message("where is PO")
def where_is(message, say):
    po = message["text"].split("PO", 1)[1].strip()
    try:
        shipments = flexport_shipments(po)
    except PermissionError:
        say("Flexport access is misconfigured, ops has been paged.")
        log.exception("flexport auth")
        return
    except requests.HTTPError as e:
        say(f"Flexport lookup failed with status {e.response.status_code}")
        return
    reply = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Summarise these shipments for PO {po}: {shipments}"}],
    )
    say(reply.content[0].text)
    log.info("PO %s answered, %s output tokens", po, reply.usage.output_tokens)


@app.command("/tower-debug")
def debug(ack, respond, command):
    ack()
    log.info("debug requested by %s; slack token %s", command["user_id"], os.environ["SLACK_BOT_TOKEN"])
    respond("debug info written to the bot log")


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))
