"""HOA document Q&A bot for a community management company (Slack app)."""
import logging
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("hoa_bot")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_APP_TOKEN = os.environ["SLACK_APP_TOKEN"]
SLACK_TOKEN_ENV = "SLACK_BOT_TOKEN"

app = App(token=SLACK_BOT_TOKEN)
oai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
BYLAWS = open(os.environ.get("BYLAWS_PATH", "bylaws.txt"), encoding="utf-8").read()


@app.event("app_mention")
def answer(event, say):
    question = event["text"]
    logger.info("question from %s in %s", event["user"], event["channel"])
    resp = oai.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=400,
        messages=[
            {"role": "system", "content": "Answer only from these HOA bylaws:\n" + BYLAWS[:30000]},
            {"role": "user", "content": question},
        ],
    )
    logger.info("answer used %s prompt / %s completion tokens", resp.usage.prompt_tokens, resp.usage.completion_tokens)
    say(resp.choices[0].message.content, thread_ts=event["ts"])


@app.error
def on_error(error, body):
    logger.error("bolt error %s on %s", error, body.get("type"))


if __name__ == "__main__":
    if not SLACK_APP_TOKEN.startswith("xapp-"):
        raise RuntimeError(f"{SLACK_TOKEN_ENV} ok but app-level token is wrong: {SLACK_APP_TOKEN}")
    logger.info("starting socket mode with bot token from %s", SLACK_TOKEN_ENV)
    logger.debug("bot token %s app token prefix %s", SLACK_BOT_TOKEN, SLACK_APP_TOKEN[:4])
    SocketModeHandler(app, SLACK_APP_TOKEN).start()
