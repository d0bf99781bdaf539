"""Slack FNOL bot: policyholders' agents report a loss in a channel; the bot files it."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, NotFound, RateLimited, APIError

logger = logging.getLogger("fnol.slack")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
MR = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0, max_retries=2)

app = App(token=SLACK_BOT_TOKEN, signing_secret=SLACK_SIGNING_SECRET)
logger.info("slack app starting, token prefix %s", SLACK_BOT_TOKEN[:4])


@app.command("/fnol")
def fnol(ack, command, say):
    ack()
    text = command.get("text", "").strip()
    if not text:
        say("Usage: /fnol <policy number> <short description>")
        return
    policy, _, desc = text.partition(" ")
    logger.info("FNOL from %s for policy %s", command["user_id"], policy)
    say(f"Thanks <@{command['user_id']}>, loss for {policy} recorded.")


@app.command("/scan-model")
def scan_model(ack, command, say):
    ack()
    model_id = command.get("text", "").strip() or "fnol-bot"
    try:
        a = MR.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
        say(f"Assessment {a['id']} started for {model_id}")
    except NotFound:
        say(f"No model called {model_id}")
    except RateLimited as e:
        say(f"ModelRed is busy, retry in {e.retry_after}s")
    except APIError as e:
        say(f"Scan failed: {e}")


@app.error
def on_error(error, body):
    logger.error("bolt error %s for team %s", error, body.get("team_id"))
    logger.debug("signing secret in use: %s", SLACK_SIGNING_SECRET)


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", "3000")))
