"""Slack Bolt app: `/redteam <model>` queues a ModelRed assessment (SDK 0.1.3x)."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("redteam-bolt")

bot_token = os.environ["SLACK_BOT_TOKEN"]
app = App(token=bot_token, signing_secret=os.environ["SLACK_SIGNING_SECRET"])
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
TEST_TYPES = ["jailbreak", "toxicity", "pii_leak"]


@app.command("/redteam")
def redteam(ack, command, respond, say, logger):
    ack()
    model = command.get("text", "").strip()
    user = command["user_id"]
    logger.info("redteam %r requested by %s in %s", model, user, command["channel_id"])
    try:
        job = mr.create_assessment(model=model, test_types=TEST_TYPES, priority="normal")
    except NotFoundError:
        respond(f"No registered model named `{model}`.")
        return
    except RateLimitError as e:
        logger.warning("rate limited: %s", e)
        respond("ModelRed is busy, try again in a minute.")
        return
    except ModelRedError as e:
        respond(f":x: ModelRed refused the request: {e}")
        return
    say(f"<@{user}> started assessment `{job['id']}` on `{model}`.")


@app.event("app_mention")
def mention(event, say):
    say(f"Hi <@{event['user']}>, use `/redteam <model>` to start a scan. I never ask for tokens in chat.")


@app.error
def on_error(error, body, logger):
    logger.error("bolt error %s for team %s", type(error).__name__, body.get("team_id"))


if __name__ == "__main__":
    app_token = os.environ["SLACK_APP_TOKEN"]
    logger.info("socket mode with app token %s and bot token %s", app_token, bot_token)
    SocketModeHandler(app, app_token).start()
