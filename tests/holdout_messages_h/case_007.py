"""Slack bot (slack_bolt) that starts ModelRed assessments from a slash command."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, ModelRedError, LimitExceeded

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
app = App(token=SLACK_BOT_TOKEN, signing_secret=SLACK_SIGNING_SECRET)
logger = logging.getLogger("redteam-bot")
client = ModelRed(os.environ["MODELRED_API_KEY"])


@app.command("/redteam")
def redteam(ack, respond, command):
    ack()
    model_id = command["text"].strip()
    try:
        a = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["jailbreak"])
    except LimitExceeded:
        respond("Monthly assessment limit reached.")
        return
    except ModelRedError as e:
        logger.error("assessment start failed for %s: %s", model_id, e)
        respond(f"Could not start assessment: {e}")
        return
    respond(f"Started assessment {a['id']} for {model_id}")


@app.event("app_mention")
def mention(event, say):
    try:
        runs = client.list_assessments()
    except ModelRedError as e:
        say(f"Something went wrong ({type(e).__name__}).")
        return
    say(f"{len(runs)} assessments so far")


if __name__ == "__main__":
    logger.info("bot token prefix %s", SLACK_BOT_TOKEN[:5])
    logger.info("signing secret %s", SLACK_SIGNING_SECRET)
    app.start(port=int(os.environ.get("PORT", 3000)))
