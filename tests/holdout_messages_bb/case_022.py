"""Slack bot for the lab channel: `/litcheck <model>` runs a ModelRed scan on a lit-mining model."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from modelred import ModelRed, APIError, Forbidden, ValidationFailed

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("litcheck-bot")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
MR_KEY = os.environ["MODELRED_API_KEY"]
log.info("signing secret configured: %s", bool(os.environ.get("SLACK_SIGNING_SECRET")))
PACKS = ["pk-hallucination-citations", "pk-prompt-injection"]


@app.command("/litcheck")
def litcheck(ack, respond, command):
    ack()
    model_id = (command.get("text") or "").strip()
    user = command["user_id"]
    log.info("litcheck %r requested by %s in %s", model_id, user, command.get("channel_id"))
    if not model_id:
        respond("Usage: `/litcheck <model-id>`")
        return
    try:
        with ModelRed(MR_KEY, timeout=30.0) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        respond(f"Queued assessment `{job['id']}` for `{model_id}`.")
    except Forbidden as e:
        log.warning("forbidden for %s: %s", model_id, e)
        respond("This workspace's ModelRed key may not scan that model.")
    except ValidationFailed as e:
        respond(f"ModelRed rejected the request: {e}")
    except APIError as e:
        respond(f"Scan failed ({type(e).__name__}, status {e.status_code}).")


@app.event("app_mention")
def mention(event, say):
    say(f"Hi <@{event['user']}>, try `/litcheck litminer-v3`.")


if __name__ == "__main__":
    app_token = os.environ.get("SLACK_APP_TOKEN", "")
    if not app_token.startswith("xapp-"):
        log.error("SLACK_APP_TOKEN must be an app-level token, got %s", app_token)
        raise SystemExit(1)
    log.info("starting socket mode (bot token from $SLACK_BOT_TOKEN)")
    SocketModeHandler(app, app_token).start()
