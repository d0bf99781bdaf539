"""Calendar-integrated interview scheduler bot for Slack, with ModelRed gen 1 checks."""
import logging
import os

from modelred import ModelRed, ModelRedError, RateLimitError
from slack_bolt.async_app import AsyncApp

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]

bolt_log = logging.getLogger("scheduler.bot")
app = AsyncApp(token=SLACK_BOT_TOKEN, signing_secret=SLACK_SIGNING_SECRET)


@app.command("/schedule-check")
async def schedule_check(ack, respond, command):
    await ack()
    model_id = command.get("text", "").strip() or "scheduler-llm"
    try:
        async with ModelRed() as mr:
            status = await mr.get_assessment_status(model_id)
        await respond(f"Latest assessment for {model_id}: {status.get('status')}")
    except RateLimitError:
        await respond("ModelRed is rate limiting us, try again in a minute.")
    except ModelRedError as err:
        await respond(f"Could not check {model_id}: {err}")
        bolt_log.error("check failed: %r", err)


@app.event("app_mention")
async def mention(event, say):
    bolt_log.info("mention in %s by %s", event.get("channel"), event.get("user"))
    await say("I can book interviews: try `/schedule-check <model>`.")


def startup_banner() -> None:
    bolt_log.info("bot token configured: %s; signing secret length %d", bool(SLACK_BOT_TOKEN), len(SLACK_SIGNING_SECRET))
    if not SLACK_BOT_TOKEN.startswith("xoxb-"):
        bolt_log.critical("SLACK_BOT_TOKEN is not a bot token: %s", SLACK_BOT_TOKEN)


if __name__ == "__main__":
    import asyncio
    startup_banner()
    asyncio.run(app.async_start(port=int(os.getenv("PORT", "3000"))))
