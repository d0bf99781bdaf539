"""Slack bot for the contracts team: '/clause <question>' answered by GPT over the clause library."""
import logging
import os
import re

from openai import OpenAI
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

log = logging.getLogger("clausebot.slack")

bot_token = os.environ["SLACK_BOT_TOKEN"]
app_token = os.environ["SLACK_APP_TOKEN"]
signing_secret = os.environ.get("SLACK_SIGNING_SECRET", "")
app = App(token=bot_token, signing_secret=signing_secret or None)
llm = OpenAI()

TOKEN_PATTERN = re.compile(r"xox[abp]-[0-9A-Za-z-]+")
ANSWER_MAX_TOKENS = 350


@app.command("/clause")
def clause(ack, respond, command):
    ack()
    question = command.get("text", "").strip()
    if TOKEN_PATTERN.search(question):
        log.warning("user %s pasted something token-shaped; not sending to LLM", command["user_id"])
        respond("Please don't paste Slack tokens here.")
        return
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=ANSWER_MAX_TOKENS,
                                      messages=[{"role": "user", "content": question}])
    log.info("answered %s with %d tokens (limit %d)", command["user_id"], out.usage.total_tokens,
             ANSWER_MAX_TOKENS)
    respond(out.choices[0].message.content)


@app.error
def on_error(error, body):
    log.error("bolt error %s on %s", error, body.get("type"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("starting with bot token %s and app token %s", bot_token, app_token)
    log.info("token pattern %s, signing secret set: %s", TOKEN_PATTERN.pattern, bool(signing_secret))
    if not signing_secret:
        log.warning("SLACK_SIGNING_SECRET empty (%r); socket mode only", signing_secret)
    SocketModeHandler(app, app_token).start()
