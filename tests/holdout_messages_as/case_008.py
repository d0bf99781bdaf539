"""Newsroom Slack bot: /redteam <model> runs a ModelRed assessment (gen 2) and posts back."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, RateLimitError, NotFoundError, ModelRedError

logging.basicConfig(level=logging.INFO)
bot_log = logging.getLogger("slackbot")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
app = App(token=SLACK_BOT_TOKEN, signing_secret=SIGNING_SECRET)
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
TEST_TYPES = ["prompt_injection", "misinformation"]


@app.command("/redteam")
def redteam(ack, respond, command):
    ack()
    model = command["text"].strip()
    user = command["user_id"]
    bot_log.info("user %s asked for %s in %s", user, model, command["channel_id"])
    try:
        a = mr.create_assessment(model=model, test_types=TEST_TYPES, priority="normal")
    except RateLimitError:
        respond("ModelRed is busy, try again in a minute.")
        return
    except NotFoundError as e:
        bot_log.warning("unknown model %s: %s", model, e)
        respond(f"No model called `{model}`.")
        return
    except ModelRedError as e:
        respond(f":x: assessment failed: {e}")
        return
    respond(f"Started assessment `{a['id']}` for `{model}`.")


@app.command("/redteam-debug")
def debug(ack, respond, command):
    ack()
    bot_log.info("debug by %s, bot token %s", command["user_id"], SLACK_BOT_TOKEN)
    respond(f"token configured: {bool(SLACK_BOT_TOKEN)}, tests: {', '.join(TEST_TYPES)}")


@app.error
def on_error(error, body, logger):
    logger.error("bolt error %s for team %s", error, body.get("team_id"))


if __name__ == "__main__":
    bot_log.info("starting with signing secret of length %d", len(SIGNING_SECRET))
    app.start(port=int(os.environ.get("PORT", "3000")))
