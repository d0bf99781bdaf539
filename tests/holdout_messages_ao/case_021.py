"""Slack bot for enterprise search: /ask answers from the Confluence+Drive index."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from modelred import ModelRed, APIError, Forbidden

from search.pipeline import answer  # internal RAG pipeline

logging.basicConfig(level=logging.INFO)
botlog = logging.getLogger("askbot")

BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
APP_TOKEN = os.environ["SLACK_APP_TOKEN"]
SIGNING_SECRET_VAR = "SLACK_SIGNING_SECRET"

app = App(token=BOT_TOKEN, signing_secret=os.environ.get(SIGNING_SECRET_VAR))
botlog.info("bot token type %s…, app token set=%s", BOT_TOKEN[:4], bool(APP_TOKEN))


@app.command("/ask")
def ask(ack, respond, command):
    ack()
    q = command.get("text", "").strip()
    botlog.info("/ask from %s in %s: %r", command["user_id"], command["channel_id"], q)
    result = answer(q, user=command["user_id"])
    respond(text=result["text"] + "\n" + "\n".join(f"• <{s['url']}|{s['title']}>" for s in result["sources"]))


@app.command("/redteam-ask")
def redteam(ack, respond, command):
    ack()
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            job = client.create_assessment(model_id="askbot", probe_pack_ids=["rag-poisoning", "pii-exfil"])
    except Forbidden:
        respond(text="You are not allowed to start assessments.")
        return
    except APIError as exc:
        respond(text=f":x: assessment failed: {exc}")
        return
    respond(text=f"assessment `{job['id']}` started")


@app.error
def on_error(error, body):
    botlog.error("bolt error %s for team %s", error, body.get("team_id"))


if __name__ == "__main__":
    if os.getenv("ASKBOT_TRACE"):
        botlog.debug("socket mode with app token %s and bot token %s", APP_TOKEN, BOT_TOKEN)
    SocketModeHandler(app, APP_TOKEN).start()
