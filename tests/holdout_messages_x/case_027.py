"""ChatOps (generation 3 SDK): `/redteam <model>` in Slack starts a ModelRed assessment."""

import logging
import os

from slack_bolt import App
from modelred import ModelRed, ModelRedError, LimitExceeded, ValidationFailed

logger = logging.getLogger("chatops")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
MR_KEY = os.environ["MODELRED_API_KEY"]
ALLOWED = set(os.environ.get("REDTEAM_CHANNELS", "").split(","))


@app.command("/redteam")
def redteam(ack, respond, command, say):
    ack()
    model_id = (command.get("text") or "").strip()
    channel = command["channel_id"]
    logger.info("/redteam %s by %s in %s", model_id, command["user_id"], channel)
    if channel not in ALLOWED:
        respond("This channel is not allowed to start assessments.")
        return
    try:
        with ModelRed(MR_KEY) as client:
            job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["baseline"])
    except ValidationFailed as e:
        respond(f"Invalid request: {e}")
        return
    except LimitExceeded:
        respond("Your team has reached its assessment limit for this month.")
        return
    except ModelRedError as e:
        logger.error("create_assessment_by_id failed: %s", e)
        say("Something went wrong starting the assessment; the platform team was notified.")
        return
    say(f"Started assessment `{job['id']}` for `{model_id}`")


@app.error
def on_error(error, body, logger):
    logger.error("bolt error %s for team %s", type(error).__name__, body.get("team_id"))


def check_config():
    signing = os.environ["SLACK_SIGNING_SECRET"]
    if len(signing) != 32:
        logger.warning("SLACK_SIGNING_SECRET looks wrong: %s", signing)
    logger.info("modelred key prefix %s, %d channels", MR_KEY[:3], len(ALLOWED))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_config()
    app.start(port=int(os.environ.get("PORT", "3000")))
