"""Slack bot that posts daily NPS and lets analysts ask for a ModelRed check (generation 3, async)."""
import logging
import os

from slack_bolt.async_app import AsyncApp
from modelred import AsyncModelRed, APIError, Unauthorized, ValidationFailed

bot_log = logging.getLogger("nps.slackbot")
app = AsyncApp(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
MODELRED_KEY = os.environ["MODELRED_API_KEY"]


@app.command("/nps")
async def nps_command(ack, respond, command):
    await ack()
    segment = command.get("text") or "all"
    bot_log.info("nps asked by %s for %s", command["user_id"], segment)
    await respond(f"NPS for {segment}: 41.2 (n=1,204)")


@app.command("/redteam")
async def redteam_command(ack, respond, command):
    await ack()
    model_id = (command.get("text") or "").strip()
    async with AsyncModelRed(MODELRED_KEY, timeout=20.0) as mr:
        try:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak", "pii"])
        except ValidationFailed as e:
            bot_log.info("validation failed for %r: %s", model_id, e)
            await respond(f"`{model_id}` is not a registered model id")
            return
        except Unauthorized:
            bot_log.error("ModelRed key rejected: %s", MODELRED_KEY)
            await respond("ModelRed credentials are misconfigured, ping #cx-data")
            return
        except APIError as e:
            await respond(f":warning: ModelRed said: {e}")
            return
    await respond(f"assessment {job['id']} started for `{model_id}`")


async def main():
    bot_log.info("bot token prefix %s", os.environ["SLACK_BOT_TOKEN"][:4])
    await app.async_start(port=int(os.environ.get("PORT", "3000")))


if __name__ == "__main__":
    import asyncio
    logging.basicConfig(level=logging.INFO)
    bot_log.info("signing secret %s", os.environ["SLACK_SIGNING_SECRET"])
    asyncio.run(main())
