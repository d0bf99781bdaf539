"""Calorie-tracker Slack app: /macros command backed by OpenAI; admin audit via ModelRed."""
import logging
import os

from openai import OpenAI
from slack_bolt import App
from modelred import ModelRed, ModelRedError, NotFound

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
slog = logging.getLogger("macros.slack")
oai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
modelred = ModelRed(os.environ["MODELRED_API_KEY"])


@app.command("/macros")
def macros(ack, respond, command):
    ack()
    meal = command.get("text", "")
    out = oai.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Macros for: {meal}. Answer in one line."}],
    )
    slog.info("macros for %s, prompt_tokens=%d", command["user_id"], out.usage.prompt_tokens)
    respond(out.choices[0].message.content)


@app.command("/macros-audit")
def audit(ack, respond, command):
    ack()
    try:
        model = modelred.get_assessment(command["text"].strip())
    except NotFound:
        respond("No such assessment.")
        return
    except ModelRedError as e:
        slog.error("audit lookup failed: %s (status %s)", e, getattr(e, "status_code", None))
        respond(f"ModelRed lookup failed: {e}")
        return
    respond(f"Assessment {model['id']}: {model['status']}")


@app.event("app_mention")
def mention(event, say):
    say(f"Hi <@{event['user']}>! Try /macros 2 eggs and toast")


if __name__ == "__main__":
    bot_token = os.environ["SLACK_BOT_TOKEN"]
    slog.info("bot token is a bot token: %s", bot_token.startswith("xoxb-"))
    slog.info("starting Slack app with token %s", bot_token)
    app.start(port=int(os.environ.get("PORT", "3000")))
