"""Slack slash command /redteam: runs a ModelRed scan (generation 2)."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

bolt_log = logging.getLogger("slack.redteam")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
SLACK_TOKEN_ENV = "SLACK_BOT_TOKEN"


@app.command("/redteam")
def redteam(ack, command, respond):
    ack()
    model_name = command["text"].strip() or "gpt-4o-mini"
    user = command["user_id"]
    bolt_log.info("redteam requested by %s for %s", user, model_name)
    try:
        client.create_model(
            modelId=model_name.replace(".", "-"),
            provider="openai",
            displayName=model_name,
            providerConfig=ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name=model_name),
        )
    except ConflictError:
        bolt_log.debug("model %s already registered", model_name)
    except ModelRedError as exc:
        respond(f":x: could not register {model_name}: {exc}")
        return
    try:
        run = client.create_assessment(model=model_name.replace(".", "-"), test_types=["jailbreak"])
    except ModelRedError as exc:
        bolt_log.error("assessment failed: %r", exc)
        respond(":x: assessment could not be started, see logs")
        return
    respond(f":rotating_light: assessment {run['id']} started")


@app.error
def on_error(error, body, logger):
    logger.error("unhandled error %s for team %s", error, body.get("team_id"))


if __name__ == "__main__":
    bolt_log.info("starting with %s from env (%s)", SLACK_TOKEN_ENV, bool(os.environ.get(SLACK_TOKEN_ENV)))
    bolt_log.info("signing secret: %s", os.environ["SLACK_SIGNING_SECRET"])
    app.start(port=int(os.environ.get("PORT", 3000)))
