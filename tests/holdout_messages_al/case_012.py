"""Slack bot for 311 supervisors: '/redteam' kicks off a ModelRed run (generation 2)."""
import logging
import os

from slack_bolt import App
from modelred import ModelRedClient, NotFoundError, ModelRedError

log = logging.getLogger("three11.slackbot")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

DEFAULT_TESTS = ["prompt_injection", "pii_leakage"]


def mr_client():
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.command("/redteam")
def redteam(ack, respond, command):
    ack()
    model = (command.get("text") or "").strip() or "three11-triage"
    user = command["user_id"]
    log.info("/redteam from %s for model %s", user, model)
    try:
        a = mr_client().create_assessment(model=model, test_types=DEFAULT_TESTS, priority="normal")
    except NotFoundError:
        respond(f"No ModelRed model called `{model}`.")
        return
    except ModelRedError as err:
        log.exception("ModelRed failure for %s", model)
        respond(f":x: ModelRed said: {err}")
        return
    log.info("assessment %s queued for %s by %s", a["id"], model, user)
    respond(f"Assessment `{a['id']}` queued for `{model}`.")


@app.command("/redteam-debug")
def debug(ack, respond, command):
    ack()
    bot_token = os.environ["SLACK_BOT_TOKEN"]
    log.debug("bot token %s... signing secret set=%s", bot_token[:4], bool(os.environ.get("SLACK_SIGNING_SECRET")))
    respond("debug info written to the log")


if __name__ == "__main__":
    log.info("starting with bot token %s", os.environ["SLACK_BOT_TOKEN"])
    app.start(port=int(os.environ.get("PORT", 3000)))
