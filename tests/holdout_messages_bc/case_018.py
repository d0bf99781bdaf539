"""HOA document Q&A bot for residents (Slack bolt app)."""
import logging
import os

from slack_bolt import App
from openai import OpenAI
from modelred import ModelRed, ModelRedError, RateLimitError

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
bot_log = logging.getLogger("hoa.bot")
llm = OpenAI()

SLACK_TOKEN_ENV = "SLACK_BOT_TOKEN"
EMBED_MODEL = "text-embedding-3-small"


@app.event("app_mention")
def answer(event, say, logger):
    question = event["text"]
    resp = llm.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Answer from the HOA bylaws only."}, {"role": "user", "content": question}],
    )
    bot_log.info("answered %s in channel %s (%d tokens)", event["user"], event["channel"], resp.usage.total_tokens)
    say(resp.choices[0].message.content)


@app.command("/hoa-audit")
def audit(ack, respond, command):
    ack()
    key = os.environ.get("MODELRED_API_KEY")
    client = ModelRed(api_key=key)
    try:
        res = client.create_assessment(model="hoa-bylaws-bot", test_types=["jailbreak", "pii"])
    except RateLimitError:
        respond("ModelRed is busy, try again in a minute.")
        return
    except ModelRedError as exc:
        bot_log.error("audit failed for %s: %s", command["user_id"], exc)
        respond(f"Audit failed: {exc}")
        return
    respond(f"Audit started: {res['id']}")


@app.error
def on_error(error, body, logger):
    bot_log.error("bolt error %s for team %s", error, body.get("team_id"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bot_log.info("starting with %s set, signing secret %s", SLACK_TOKEN_ENV, os.environ["SLACK_SIGNING_SECRET"])
    app.start(port=int(os.environ.get("PORT", 3000)))
