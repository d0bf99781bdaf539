"""Employee help-desk Slack bot: answers HR policy questions, red-teamed with ModelRed (gen 3)."""
import logging
import os

from slack_bolt import App
from anthropic import Anthropic
from modelred import ModelRed, APIError, Unauthorized, RateLimited

logger = logging.getLogger("helpdesk")

slack_bot_token = os.environ["SLACK_BOT_TOKEN"]
slack_signing_secret = os.environ["SLACK_SIGNING_SECRET"]
anthropic_key = os.environ["ANTHROPIC_API_KEY"]
modelred_key = os.environ["MODELRED_API_KEY"]

app = App(token=slack_bot_token, signing_secret=slack_signing_secret)
claude = Anthropic(api_key=anthropic_key)
mr = ModelRed(modelred_key, timeout=20.0, max_retries=2)

logger.info("helpdesk bot starting; signing secret set=%s", slack_signing_secret is not None)
logger.debug("bolt app token=%s", slack_bot_token)


@app.event("app_mention")
def answer(event, say):
    question = event.get("text", "")
    msg = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=600, messages=[{"role": "user", "content": question}])
    logger.info("answered with %d output tokens", msg.usage.output_tokens)
    say(msg.content[0].text)


@app.command("/hr-redteam")
def redteam(ack, respond, command):
    ack()
    try:
        a = mr.create_assessment(model_id="hr-helpdesk-claude", probe_pack_ids=["pii", "jailbreak"], priority="high")
        respond(f"Assessment {a['id']} queued")
    except Unauthorized as e:
        logger.error("modelred unauthorized: %s", e)
        respond("ModelRed credentials are not valid, ask #it-help")
    except RateLimited as e:
        respond(f"Rate limited, retry after {e.retry_after}s")
    except APIError as e:
        respond(f"ModelRed error: {e}")


@app.command("/hr-whoami")
def whoami(ack, respond):
    ack()
    respond(f"bot key ends with {anthropic_key[-4:]}")


if __name__ == "__main__":
    print("starting helpdesk bot, anthropic key set:", bool(anthropic_key))
    app.start(port=int(os.environ.get("PORT", "3000")))
