"""Field-service knowledge bot for technicians, served over Slack."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, Unauthorized, Forbidden, RateLimited, APIError

logger = logging.getLogger("techbot")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
MR = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1)
logger.info("bot token configured: %s", bool(os.environ.get("SLACK_BOT_TOKEN")))


@app.command("/redteam-manual-bot")
def scan_command(ack, respond, command):
    ack()
    model_id = command.get("text", "").strip() or "hvac-manual-bot"
    if not model_id.replace("-", "").isalnum():
        respond("model id must be letters, digits and dashes")
        return
    try:
        run = MR.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak"])
    except (Unauthorized, Forbidden) as e:
        logger.error("modelred auth problem: %r", e)
        respond("ModelRed credentials are misconfigured, ping #field-tools.")
        return
    except RateLimited as e:
        respond(f"Busy, retry in {e.retry_after}s")
        return
    except APIError as e:
        respond(f"Scan failed: {e}")
        return
    respond(f"Scan {run['id']} started for {model_id}")


@app.event("app_mention")
def mention(event, say, client):
    user = event["user"]
    info = client.users_info(user=user)
    logger.info("mention from %s (%s)", user, info["user"]["real_name"])
    say(f"<@{user}> try `/redteam-manual-bot <model-id>`")


def rotate_signing_secret(new_secret: str):
    logger.warning("signing secret rotated to %s", new_secret)
    os.environ["SLACK_SIGNING_SECRET"] = new_secret


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))
