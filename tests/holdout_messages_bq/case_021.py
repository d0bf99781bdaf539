"""Generation-3 ModelRed probe-pack browser for the search team's Slack bot."""
import logging
import os

from modelred import ModelRed, Forbidden, NotAllowedForApiKey, NotFound, ModelRedError
from slack_bolt import App

SLACK_TOKEN = os.environ["SLACK_BOT_TOKEN"]
bot = App(token=SLACK_TOKEN, signing_secret=os.environ["SLACK_SIGNING_SECRET"])
log = logging.getLogger("slackbot.modelred")

mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


@bot.command("/probe-pack")
def probe_pack(ack, respond, command):
    ack()
    pack_id = command["text"].strip()
    log.info("user %s asked for pack %s", command["user_id"], pack_id)
    try:
        pack = mr.get_probe_pack(pack_id)
    except NotFound:
        respond(f"No probe pack `{pack_id}`.")
        return
    except (Forbidden, NotAllowedForApiKey) as e:
        respond(f"ModelRed refused: {e}")
        return
    except ModelRedError as e:
        log.error("get_probe_pack(%s) failed: %s", pack_id, e)
        respond("ModelRed is unavailable, try again later.")
        return
    respond(f"*{pack['name']}*: {len(pack.get('probes', []))} probes")


@bot.command("/scan-retriever")
def scan_retriever(ack, respond, command):
    ack()
    model_id = command["text"].strip() or "retriever-prod"
    try:
        a = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["retrieval-poisoning"])
    except ModelRedError as e:
        respond(f"Scan failed ({type(e).__name__}).")
        return
    respond(f"Started assessment {a['id']} for {model_id}")


@bot.error
def on_error(error, body):
    log.error("slack handler error %s; bot token %s", error, SLACK_TOKEN)


if __name__ == "__main__":
    bot.start(port=int(os.environ.get("PORT", "3000")))
