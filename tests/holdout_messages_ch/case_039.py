"""City-hall staff Slack bot: `/redteam <model>` command (slack_bolt, generation 1 SDK)."""
import asyncio
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from modelred import ModelRed, ModelRedError, AuthorizationError, ModelNotFoundError

bot_log = logging.getLogger("cityhall.slackbot")
logging.basicConfig(level=logging.INFO)

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_APP_TOKEN = os.environ["SLACK_APP_TOKEN"]
SIGNING_SECRET_ENV = "SLACK_SIGNING_SECRET"
app = App(token=SLACK_BOT_TOKEN, signing_secret=os.environ.get(SIGNING_SECRET_ENV))


async def _assess(model_id: str):
    async with ModelRed() as client:
        return await client.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="normal")


@app.command("/redteam")
def redteam(ack, command, say):
    ack()
    model_id = command.get("text", "").strip()
    user = command["user_id"]
    bot_log.info("/redteam %s by %s in %s", model_id, user, command.get("channel_id"))
    if not model_id.replace("-", "").replace("_", "").isalnum():
        say(f"<@{user}> please give a model id, e.g. `/redteam permits-bot`")
        return
    try:
        result = asyncio.run(_assess(model_id))
    except ModelNotFoundError:
        say(f"<@{user}> no model called `{model_id}`.")
        return
    except AuthorizationError as e:
        bot_log.error("not authorised: %s", e)
        say("The bot is not allowed to run assessments. Ask the AI governance team.")
        return
    except ModelRedError as e:
        say(f"<@{user}> assessment failed: {e}")
        return
    say(f"<@{user}> assessment `{result['assessment_id']}` queued for `{model_id}`.")


@app.event("app_mention")
def mention(event, say):
    say("Try `/redteam <model-id>`.")


if __name__ == "__main__":
    if not SLACK_APP_TOKEN.startswith("xapp-"):
        bot_log.error("SLACK_APP_TOKEN should start with xapp-, got %s", SLACK_APP_TOKEN)
    bot_log.info("bot token prefix %s", SLACK_BOT_TOKEN[:4])
    SocketModeHandler(app, SLACK_APP_TOKEN).start()
