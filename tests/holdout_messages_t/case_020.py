"""Assessment bot for Slack on the generation-2 ModelRed SDK."""
import logging
import os

from modelred import ModelRed, NotFoundError, RateLimitError, ValidationError as MRValidation
from slack_bolt import App

logger = logging.getLogger("mrbot")

bot = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
slack_token = os.environ["SLACK_BOT_TOKEN"]


@bot.command("/redteam")
def redteam(ack, command, say):
    ack()
    model = command["text"].strip()
    logger.info("/redteam %s by %s", model, command["user_id"])
    try:
        job = mr.create_assessment(model=model, test_types=["jailbreak", "pii"], priority="normal")
    except RateLimitError as e:
        logger.warning("rate limited: %s", e)
        say("ModelRed is busy, try again in a minute.")
        return
    except MRValidation as e:
        say(f"Could not start: {e}")
        return
    say(f"Started assessment {job['id']} for {model}")


@bot.command("/redteam-status")
def status(ack, command, say):
    ack()
    try:
        result = mr.get_assessment(command["text"].strip())
    except NotFoundError as e:
        say(f"No such assessment ({type(e).__name__})")
        return
    say(f"{result['status']}: score {result.get('score')}")


@bot.error
def on_error(error, body):
    logger.error("slack handler failed: %s (bot token %s)", error, slack_token)


if __name__ == "__main__":
    logger.info("starting with signing secret set=%s", bool(os.environ.get("SLACK_SIGNING_SECRET")))
    bot.start(port=int(os.environ.get("PORT", "3000")))
