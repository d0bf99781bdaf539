"""slack_bot.py - /redteam slash command (slack_bolt, socket mode)"""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from modelred import ModelRed, APIError, Forbidden

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("redteam-bot")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_APP_TOKEN = os.environ["SLACK_APP_TOKEN"]
MODELRED_API_KEY = os.environ["MODELRED_API_KEY"]

app = App(token=SLACK_BOT_TOKEN)


@app.command("/redteam")
def redteam(ack, command, say):
    ack()
    logger.info("command from %s in %s: %s", command["user_id"], command["channel_id"], command.get("text"))
    model_id = (command.get("text") or "").strip()
    if not model_id:
        say("usage: /redteam <model-id>")
        return
    try:
        with ModelRed(MODELRED_API_KEY) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
    except Forbidden:
        say("Your workspace is not allowed to run this pack.")
        return
    except APIError as e:
        logger.error("create_assessment failed: %s", e)
        say(f":x: ModelRed said: {e}")
        return
    say(f":white_check_mark: assessment `{a['id']}` queued for `{model_id}`")


@app.event("app_mention")
def mention(event, say):
    say(f"Hi <@{event['user']}>, use /redteam <model-id>")


if __name__ == "__main__":
    logger.info("starting socket mode with app token %s", SLACK_APP_TOKEN)
    logger.info("starting socket mode, bot token prefix %s", SLACK_BOT_TOKEN[:5])
    SocketModeHandler(app, SLACK_APP_TOKEN).start()
