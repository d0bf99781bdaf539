"""Slack bot for development staff: '/prospect <name>' gets an LLM research brief."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from anthropic import Anthropic
from modelred import ModelRed, RateLimited, NotAllowedForApiKey, APIError

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
logger = logging.getLogger("prospect-bot")
claude = Anthropic()
mr_client = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=2)
BRIEF_MAX_TOKENS = 800


@app.command("/prospect")
def prospect(ack, respond, command):
    ack()
    name = command["text"].strip()
    logger.info("prospect brief for %r requested by %s", name, command["user_id"])
    msg = claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=BRIEF_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Public philanthropy summary for {name}. No private data."}],
    )
    respond(msg.content[0].text)


@app.command("/audit-brief-model")
def audit(ack, respond, command):
    ack()
    try:
        job = mr_client.create_assessment_by_id(model_id="prospect-brief", probe_pack_ids=["pii-leak"])
        respond(f"Audit started: {job['id']}")
    except RateLimited as e:
        respond(f"Try again in {e.retry_after}s")
    except NotAllowedForApiKey as e:
        respond(f"Not allowed: {e}")
    except APIError:
        logger.exception("audit failed")
        respond("Audit failed, staff have been notified.")


@app.event("app_home_opened")
def home(client, event):
    bot_token = os.environ["SLACK_BOT_TOKEN"]
    logger.debug("publishing home for %s with bot token %s", event["user"], bot_token)
    client.views_publish(user_id=event["user"], view={"type": "home", "blocks": []})


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
