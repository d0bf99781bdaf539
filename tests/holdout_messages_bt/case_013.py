"""Slack Bolt app: /scan-model and an App Home tab, ModelRed generation 2 through an alias."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
import modelred as mr

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("bolt.redteam")

bot_token = os.environ["SLACK_BOT_TOKEN"]
app_token = os.environ["SLACK_APP_TOKEN"]
app = App(token=bot_token, signing_secret=os.environ["SLACK_SIGNING_SECRET"])
client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.command("/scan-model")
def scan_model(ack, respond, command):
    ack()
    model = command["text"].strip()
    user = command["user_id"]
    logger.info("scan requested by %s for %s", user, model)
    try:
        result = client.create_assessment(model=model, test_types=["jailbreak", "toxicity"], priority="high")
    except mr.RateLimitError as e:
        respond(f"Too many scans right now, try again in {getattr(e, 'retry_after', 60)}s")
        return
    except mr.ModelRedError as e:
        respond(text=f":x: ModelRed said: {e}")
        return
    respond(f"Scan `{result['id']}` queued for `{model}`")


@app.event("app_home_opened")
def home(client_, event, logger_=logger):
    logger_.info("home opened by %s", event["user"])
    client_.views_publish(user_id=event["user"], view={"type": "home", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Red-team scans*"}}]})


@app.error
def on_error(error, body):
    logger.error("bolt error %s on %s", error, body.get("type"))


if __name__ == "__main__":
    logger.info("starting socket mode with app token %s", app_token)
    logger.info("bot token prefix %s", bot_token[:4])
    SocketModeHandler(app, app_token).start()
