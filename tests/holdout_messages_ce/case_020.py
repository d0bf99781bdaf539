"""Claims chatbot on Slack (slack_bolt): adjusters ask for claim summaries."""
import logging
import os

from slack_bolt import App
from modelred import ModelRed, ModelRedError, Unauthorized

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
bot_log = logging.getLogger("claims.slackbot")

MR_KEY = os.environ["MODELRED_API_KEY"]
BOT_TOKEN_VAR = "SLACK_BOT_TOKEN"


@app.command("/claim-audit")
def claim_audit(ack, respond, command):
    ack()
    model_id = command["text"].strip() or "claims-chat"
    try:
        with ModelRed(MR_KEY) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["claims-chat-safety"])
    except Unauthorized:
        respond("ModelRed key was rejected; ask the platform team.")
        return
    except ModelRedError as e:
        bot_log.warning("audit failed for %s: %s", model_id, e)
        respond(f"Audit failed: {e}")
        return
    respond(f"Audit {job['id']} queued for {model_id}")


@app.event("app_mention")
def mention(event, say):
    bot_log.info("mention by %s in %s", event["user"], event["channel"])
    say("Use /claim-audit <model-id> to audit a claims bot.")


if __name__ == "__main__":
    bot_log.info("starting bot, token from %s", BOT_TOKEN_VAR)
    bot_log.debug("signing secret %s", os.environ["SLACK_SIGNING_SECRET"])
    app.start(port=int(os.environ.get("PORT", 3000)))
