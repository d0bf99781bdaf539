"""Shift scheduling assistant: staff ask an LLM about their shifts over Slack."""
import logging
import os

from groq import Groq
from slack_bolt import App

slack_log = logging.getLogger("shiftbot")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
GROQ_API_KEY = os.environ["GROQ_API_KEY"]

bolt = App(token=SLACK_BOT_TOKEN, signing_secret=SLACK_SIGNING_SECRET)
groq = Groq(api_key=GROQ_API_KEY)


def describe_tokens() -> str:
    return f"bot token xoxb-…{SLACK_BOT_TOKEN[-4:]}, signing secret set: {bool(SLACK_SIGNING_SECRET)}"


@bolt.command("/shifts")
def shifts(ack, respond, command):
    ack()
    question = command.get("text", "")
    user = command["user_id"]
    slack_log.info("shift question from %s (%d chars)", user, len(question))
    completion = groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        max_tokens=250,
        messages=[{"role": "system", "content": "You answer questions about the restaurant's shift schedule."},
                  {"role": "user", "content": question}],
    )
    slack_log.debug("groq usage %s", completion.usage.total_tokens)
    respond(completion.choices[0].message.content)


@bolt.error
def on_error(error, body):
    slack_log.error("bolt error %s on %s", error, body.get("type"))


if __name__ == "__main__":
    slack_log.info(describe_tokens())
    if not SLACK_BOT_TOKEN.startswith("xoxb-"):
        raise SystemExit("SLACK_BOT_TOKEN is not a bot token")
    if len(GROQ_API_KEY) < 20:
        raise ValueError(f"GROQ_API_KEY too short: {GROQ_API_KEY}")
    slack_log.warning("starting with signing secret %s", SLACK_SIGNING_SECRET)
    bolt.start(port=int(os.environ.get("PORT", 3000)))
