"""acme_slackbot.modelred: `/redteam <model>` for Slack, on ModelRed 0.1.1x."""
from __future__ import annotations

import logging
import os

from slack_bolt.async_app import AsyncApp
from modelred import *  # noqa: F403 - the 0.1.1x docs import this way

logger = logging.getLogger("acme_slackbot")

SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
app = AsyncApp(token=SLACK_BOT_TOKEN, signing_secret=os.environ["SLACK_SIGNING_SECRET"])
logger.info("slack app starting; bot token …%s", SLACK_BOT_TOKEN[-4:])


@app.command("/redteam")
async def redteam(ack, command, respond, say):
    await ack()
    model_id = command["text"].strip()
    user = command["user_id"]
    logger.info("/redteam %s by %s in %s", model_id, user, command["channel_id"])
    if not model_id:
        await respond("usage: /redteam <model-id>")
        return
    async with ModelRed() as client:  # noqa: F405
        try:
            status = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="high")
        except ValidationError as e:  # noqa: F405
            await respond(f"Could not start the assessment: {e}")
            return
        except ModelRedError as e:  # noqa: F405
            logger.error("run_assessment failed: %s", e)
            await respond(f"Assessment failed ({type(e).__name__}). The bot owners have been notified.")
            return
    await say(f"<@{user}> started assessment {status.get('assessment_id')} for `{model_id}`")


@app.error
async def on_error(error, body):
    logger.error("unhandled bolt error %s for %s", type(error).__name__, body.get("type"))
    logger.debug("unhandled error; bot token in use %s", SLACK_BOT_TOKEN)


if __name__ == "__main__":
    import asyncio
    asyncio.run(app.async_start(port=int(os.environ.get("PORT", "3000"))))
