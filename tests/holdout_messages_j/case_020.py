"""Slack slash command `/redteam <model>` backed by ModelRed (generation 3)."""
import logging
import os

from slack_bolt import App

from modelred import ModelRed, ModelRedError, NotAllowedForApiKey, ValidationFailed

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
log = logging.getLogger("slackbot.redteam")
DEFAULT_PACKS = ["owasp-llm-top10"]


@app.command("/redteam")
def redteam(ack, command, respond):
    ack()
    model_id = command.get("text", "").strip()
    if not model_id:
        respond("Usage: `/redteam <model-id>`")
        return
    log.info("user %s asked for a run on %s", command["user_id"], model_id)
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            run = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=DEFAULT_PACKS)
    except ValidationFailed as err:
        respond(f":warning: ModelRed did not accept that request: {err}")
        return
    except NotAllowedForApiKey:
        respond(":lock: This workspace's key cannot start runs.")
        return
    except ModelRedError as err:
        log.error("run failed for %s: %r", model_id, err)
        respond(f":x: Run failed ({type(err).__name__}). The team has been notified.")
        return
    respond(f":white_check_mark: Started run `{run['id']}` on `{model_id}`")


@app.event("app_mention")
def mention(event, say):
    log.debug("mention in %s, bot token configured=%s", event["channel"], bool(os.environ.get("SLACK_BOT_TOKEN")))
    say("Try `/redteam <model-id>`")


if __name__ == "__main__":
    log.info("starting bolt app on port %s", os.environ.get("PORT", "3000"))
    app.start(port=int(os.environ.get("PORT", "3000")))
