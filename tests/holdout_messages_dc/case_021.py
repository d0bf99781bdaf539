"""Slack slash command /copycheck: marketing asks for a ModelRed status on the copy model (gen 1)."""
import asyncio
import logging
import os

from modelred import ModelRed, AuthenticationError, NotFoundError, ModelRedError
from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
log = logging.getLogger("slack.copycheck")

SLACK_TOKEN_VAR = "SLACK_BOT_TOKEN"


async def _status(assessment_id: str) -> dict:
    async with ModelRed() as client:
        return await client.get_assessment_status(assessment_id)


@app.command("/copycheck")
def copycheck(ack, command, respond):
    ack()
    assessment_id = command["text"].strip()
    log.info("copycheck %s by %s in %s", assessment_id, command["user_id"], command["channel_id"])
    try:
        status = asyncio.run(_status(assessment_id))
    except AuthenticationError:
        log.error("MODELRED_API_KEY invalid")
        respond("The scanner is misconfigured; ops has been told.")
        return
    except NotFoundError as e:
        respond(f"No such assessment: {e}")
        return
    except ModelRedError as e:
        log.warning("modelred error %s", e)
        respond("Scanner error, try again later.")
        return
    respond(f"Assessment {assessment_id}: {status.get('status')} ({status.get('progress', 0)}%)")


@app.event("app_home_opened")
def home(event, logger):
    logger.info("home opened by %s (token var %s)", event["user"], SLACK_TOKEN_VAR)
    logger.debug("signing secret in use: %s", os.environ["SLACK_SIGNING_SECRET"])


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))
