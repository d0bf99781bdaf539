"""Slack travel-approval bot (Bolt): trip requests, policy checks, model scans."""
import logging
import os

from slack_bolt import App
from openai import OpenAI, AuthenticationError as OpenAIAuthError
from modelred import ModelRed, APIError, LimitExceeded

bot_log = logging.getLogger("travelbot")

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
llm = OpenAI()
POLICY_MODEL = os.getenv("POLICY_MODEL", "gpt-4o-mini")


@app.command("/trip")
def trip_request(ack, command, say):
    ack()
    text = command.get("text", "")
    try:
        out = llm.chat.completions.create(model=POLICY_MODEL, max_tokens=250, messages=[{"role": "system", "content": "Check this trip against the travel policy."}, {"role": "user", "content": text}])
    except OpenAIAuthError as exc:
        bot_log.error("openai auth failed: %s (key var OPENAI_API_KEY)", exc.code)
        say("Policy check is down, a human will review your request.")
        return
    say(out.choices[0].message.content)
    bot_log.info("policy check for %s used %d prompt tokens", command["user_id"], out.usage.prompt_tokens)


@app.command("/scan-policy-bot")
def scan_policy_bot(ack, command, say):
    ack()
    mr_key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(mr_key) as mr:
            a = mr.create_assessment_by_id(model_id="policy-bot", probe_pack_ids=["corporate-travel"])
        say(f"Assessment {a['id']} started")
    except LimitExceeded:
        say("Monthly assessment limit reached.")
    except APIError as err:
        say(f"Scan failed: {err}")
        bot_log.warning("scan failed: %r", err)


@app.event("app_mention")
def on_mention(event, say, logger):
    logger.debug("mention from %s in %s", event.get("user"), event.get("channel"))
    say("Use /trip <destination, dates, purpose> to request travel.")


if __name__ == "__main__":
    bot_token = os.environ["SLACK_BOT_TOKEN"]
    bot_log.info("starting travelbot with bot token %s", bot_token)
    bot_log.info("policy model %s", POLICY_MODEL)
    app.start(port=int(os.getenv("PORT", "3000")))
