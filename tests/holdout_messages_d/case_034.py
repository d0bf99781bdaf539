"""Slack Bolt app: `/assess` command backed by the generation 2 SDK."""
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("slack.assess")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.command("/assess")
def assess(ack, body, respond, say):
    ack()
    model = (body.get("text") or "").strip()
    logger.info("slash command from %s in %s: %r", body["user_id"], body["channel_id"], model)
    if not model:
        respond("Usage: `/assess <model-id>`")
        return
    try:
        a = mr.create_assessment(model=model, test_types=["jailbreak", "toxicity"], priority="normal")
    except QuotaExceededError:
        respond("Quota exhausted for this month :hourglass:")
        return
    except ModelRedError as e:
        respond(f":x: {e}")
        return
    say(text=f"Started assessment {a['id']} for `{model}`")


if __name__ == "__main__":
    app_token = os.environ["SLACK_APP_TOKEN"]
    logger.info("socket mode with app token %s", app_token)
    logger.info("socket mode app token set: %s", app_token.startswith("xapp-"))
    SocketModeHandler(app, app_token).start()
