"""Litigation-hold acknowledgement bot for Slack (Bolt), with a /holdcheck ModelRed command."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from modelred import ModelRed, ModelRedError, NotFoundError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("holdbot")

BOT_TOKEN_VAR = "SLACK_BOT_TOKEN"
bot_token = os.environ[BOT_TOKEN_VAR]
signing_secret = os.environ["SLACK_SIGNING_SECRET"]
app = App(token=bot_token, signing_secret=signing_secret)
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])

log.info("hold bot starting with token from %s (xoxb: %s)", BOT_TOKEN_VAR, bot_token.startswith("xoxb-"))
if os.environ.get("HOLDBOT_DEBUG"):
    log.debug("bolt config token=%s signing_secret=%s", bot_token, signing_secret)


@app.action("ack_hold")
def ack_hold(ack, body, client):
    ack()
    user = body["user"]["id"]
    matter = body["actions"][0]["value"]
    log.info("custodian %s acknowledged hold on %s", user, matter)
    client.chat_postMessage(channel=user, text=f"Thanks, your acknowledgement of the legal hold on {matter} is recorded.")


@app.command("/holdcheck")
def holdcheck(ack, command, say):
    ack()
    model_id = command["text"].strip() or "hold-notice-drafter"
    log.info("holdcheck by %s for %s", command["user_id"], model_id)
    try:
        a = mr.create_assessment(model=model_id, test_types=["confidentiality", "prompt_injection"])
        result = mr.wait_for_completion(a["id"], timeout=600)
    except NotFoundError:
        say(f"No model called `{model_id}` is registered.")
        return
    except ModelRedError as e:
        log.warning("holdcheck failed for %s: %r", model_id, e)
        say(f"Hold-notice model check failed: {e}")
        return
    say(f"`{model_id}` scored {result.get('overall_score')} ({result.get('status')})")


@app.error
def on_error(error, body):
    log.error("bolt error %s on %s", type(error).__name__, body.get("type"))


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
