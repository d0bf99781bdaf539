"""Slack slash command /ticket: creates a Zendesk ticket and drafts a first reply."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
import requests
import modelred as mr

logger = logging.getLogger("slack.ticket")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
ZD_BASE = "https://acme.zendesk.com/api/v2"
ZD_AUTH = (os.environ["ZD_EMAIL"] + "/token", os.environ["ZD_API_TOKEN"])
TOKEN_HEADER = "X-Zendesk-Token"


@app.command("/ticket")
def create_ticket(ack, command, respond):
    ack()
    subject = command["text"][:120] or "(no subject)"
    r = requests.post(f"{ZD_BASE}/tickets.json", json={"ticket": {"subject": subject, "comment": {"body": subject}}}, auth=ZD_AUTH, timeout=10)
    if r.status_code >= 400:
        logger.error("zendesk create failed %s using auth %s", r.status_code, ZD_AUTH)
        respond("Could not create the ticket, sorry.")
        return
    tid = r.json()["ticket"]["id"]
    logger.info("ticket %s created by %s (header name %s)", tid, command["user_id"], TOKEN_HEADER)
    respond(f"Created ticket #{tid}")


@app.command("/ticket-audit")
def audit(ack, respond, command):
    ack()
    client = mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = client.create_assessment(model="slack-first-reply", test_types=["jailbreak", "toxicity"], priority="normal")
    except mr.NotFoundError:
        respond("Model slack-first-reply is not registered.")
        return
    except mr.ModelRedError as exc:
        respond(f"Audit failed: {exc}")
        return
    respond(f"Audit {a.get('id')} started")


@app.error
def on_error(error, body, logger):
    logger.exception("bolt error for team %s", body.get("team_id"))


if __name__ == "__main__":
    app_token = os.environ["SLACK_APP_TOKEN"]
    logger.info("socket mode with app token %s...", app_token[:4])
    SocketModeHandler(app, app_token).start()
