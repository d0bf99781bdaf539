"""Slack Bolt app for the #sec-triage channel: `/redteam <model>` starts a ModelRed scan."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, ModelRedError, ValidationFailed, NotFound

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("triage-bot")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
DEFAULT_PACKS = ["owasp-llm-top10"]

app = App(token=SLACK_BOT_TOKEN, signing_secret=SLACK_SIGNING_SECRET)
log.info("bolt app starting, bot token prefix %s", SLACK_BOT_TOKEN[:4])
log.info("signing secret configured: %s", SLACK_SIGNING_SECRET is not None)


@app.command("/redteam")
def redteam(ack, respond, command, say):
    ack()
    model_id = command.get("text", "").strip()
    user = command["user_id"]
    log.info("user %s requested scan of %r in %s", user, model_id, command["channel_id"])
    if not model_id.replace("-", "").isalnum():
        respond("Model ids are letters, digits and dashes.")
        return
    try:
        with ModelRed(MODELRED_KEY, timeout=15.0) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=DEFAULT_PACKS)
    except NotFound:
        respond(f"No model called `{model_id}` in ModelRed.")
        return
    except ValidationFailed as e:
        log.warning("validation failed for %s: %r", model_id, e)
        respond("ModelRed refused the request; check the model id.")
        return
    except ModelRedError as e:
        say(f":warning: <@{user}> the scan of `{model_id}` failed: {e}")
        return
    say(f":mag: <@{user}> scan `{job['id']}` started on `{model_id}`.")


@app.event("app_mention")
def mention(event, say):
    if "debug" in event.get("text", ""):
        log.debug("env for debug: bot=%s", SLACK_BOT_TOKEN)
    say("Use `/redteam <model-id>` to start a scan.")


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", "3000")))
