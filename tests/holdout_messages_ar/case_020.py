"""Accounting copilot: a Slack slash command that answers questions over Xero reports."""
import logging
import os

from slack_bolt import App
from openai import OpenAI, AuthenticationError

log = logging.getLogger("copilot.slack")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
llm_key = os.environ["OPENAI_API_KEY"]
llm = OpenAI(api_key=llm_key)
ANSWER_MAX_TOKENS = 500


def fetch_pnl(tenant: str) -> str:
    from .xero import profit_and_loss  # local helper with its own auth
    return profit_and_loss(tenant)


@app.command("/books")
def books(ack, respond, command):
    ack()
    question = command["text"]
    tenant = command["team_id"]
    log.info("question from %s in team %s", command["user_id"], tenant)
    try:
        answer = llm.chat.completions.create(
            model="gpt-4o",
            max_tokens=ANSWER_MAX_TOKENS,
            messages=[{"role": "system", "content": "You answer bookkeeping questions from a P&L."},
                      {"role": "user", "content": f"P&L:\n{fetch_pnl(tenant)}\n\nQ: {question}"}],
        )
    except AuthenticationError as exc:
        log.error("openai auth failed (%s) key=%s", exc.status_code, llm_key)
        respond("The assistant is misconfigured, ping #fin-eng.")
        return
    log.info("answered with %d completion tokens", answer.usage.completion_tokens)
    respond(answer.choices[0].message.content)


@app.event("app_home_opened")
def home(client, event, logger):
    logger.debug("home opened by %s", event["user"])


if __name__ == "__main__":
    bot_token = os.environ["SLACK_BOT_TOKEN"]
    app_token = os.environ.get("SLACK_APP_TOKEN")
    print("starting socket mode:", app_token is not None)
    print("bot token prefix:", bot_token[:4])
    if os.getenv("VERBOSE"):
        print("env:", {"SLACK_BOT_TOKEN": bot_token, "SLACK_APP_TOKEN": app_token})
    from slack_bolt.adapter.socket_mode import SocketModeHandler
    SocketModeHandler(app, app_token).start()
