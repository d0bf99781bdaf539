"""Slack slash-command for the creator team: /scan <model> runs a ModelRed gen 1 assessment."""
import logging
import os

from modelred import ModelRed, ModelRedError, TierRestrictedError, SubscriptionLimitError
from slack_bolt.async_app import AsyncApp

log = logging.getLogger("slack.scan")
app = AsyncApp(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
LIMIT_ERRORS = (TierRestrictedError, SubscriptionLimitError)


@app.command("/scan")
async def scan(ack, respond, command):
    await ack()
    model_id = (command.get("text") or "").strip()
    if not model_id.replace("-", "").isalnum():
        await respond("usage: /scan <model-id>")
        return
    log.info("scan requested by %s for %s", command["user_id"], model_id)
    try:
        async with ModelRed() as mr:
            res = await mr.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="normal")
        await respond(f"queued {res['assessment_id']}")
    except LIMIT_ERRORS as e:
        log.warning("plan limit hit: %s", e)
        await respond("our ModelRed plan does not allow this scan")
    except ModelRedError as e:
        await respond(f":warning: scan failed: {e}")


@app.command("/whoami")
async def whoami(ack, respond, command):
    await ack()
    await respond(f"team {command['team_id']}, user {command['user_id']}")


@app.error
async def on_error(error, body):
    log.error("bolt error %s; bot token %s", error, os.environ["SLACK_BOT_TOKEN"])


def check_env():
    for var in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MODELRED_API_KEY"):
        if not os.environ.get(var):
            raise RuntimeError(f"{var} is not set")
    log.info("env ok: %s", "SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, MODELRED_API_KEY")


if __name__ == "__main__":
    import asyncio
    check_env()
    asyncio.run(app.async_start(port=int(os.environ.get("PORT", "3000"))))
