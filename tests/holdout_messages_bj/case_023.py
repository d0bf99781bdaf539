"""Slack slash command /redteam for my 3-person hobby workspace (Bolt, socket mode)."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
import modelred

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("slackbot")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
APP_TOKEN = os.environ["SLACK_APP_TOKEN"]
mr = modelred.ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1)


@app.command("/redteam")
def redteam(ack, respond, command):
    ack()
    model_id = (command.get("text") or "").strip()
    if not model_id:
        respond("usage: /redteam <model-id>")
        return
    try:
        job = mr.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
    except modelred.ValidationFailed as e:
        respond(f":warning: ModelRed rejected it: {e}")
        return
    except modelred.APIError as e:
        log.error("create_assessment failed for %s: %s", model_id, e)
        respond(":x: ModelRed error, check the logs")
        return
    respond(f"started `{job['id']}`")


@app.command("/redteam-status")
def status(ack, respond, command):
    ack()
    try:
        a = mr.get_assessment(command["text"].strip())
    except modelred.NotFound:
        respond("no such assessment")
        return
    respond(f"{a['id']}: {a['status']}")


if __name__ == "__main__":
    log.info("socket mode with app token %s", APP_TOKEN)
    log.info("owner user id %s", os.environ.get("SLACK_OWNER_ID"))
    SocketModeHandler(app, APP_TOKEN).start()
