"""Microsoft Teams bot (botbuilder) that kicks off ModelRed assessments from a channel."""
import logging
import os

from aiohttp import web
from botbuilder.core import ActivityHandler, BotFrameworkAdapter, BotFrameworkAdapterSettings, TurnContext
from botbuilder.schema import Activity
from modelred import AsyncModelRed, APIError, NotFound

log = logging.getLogger("teams.redteam")

APP_ID = os.environ.get("MicrosoftAppId", "")
APP_PASSWORD = os.environ.get("MicrosoftAppPassword", "")
MR_KEY = os.environ["MODELRED_API_KEY"]

adapter = BotFrameworkAdapter(BotFrameworkAdapterSettings(APP_ID, APP_PASSWORD))


async def on_error(context: TurnContext, error: Exception):
    log.exception("unhandled bot error in %s", context.activity.conversation.id)
    await context.send_activity("Something went wrong on our side.")
adapter.on_turn_error = on_error


class RedTeamBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        parts = (turn_context.activity.text or "").strip().split()
        if len(parts) != 2 or parts[0] != "assess":
            await turn_context.send_activity("usage: assess <model-id>")
            return
        async with AsyncModelRed(MR_KEY) as client:
            try:
                job = await client.create_assessment(model_id=parts[1], probe_pack_ids=["baseline"])
            except NotFound:
                await turn_context.send_activity(f"No model called {parts[1]}.")
                return
            except APIError as e:
                log.warning("assessment failed: %s", e)
                await turn_context.send_activity(f"ModelRed said: {e}")
                return
        await turn_context.send_activity(f"Assessment {job.id} queued.")


bot = RedTeamBot()


async def messages(req: web.Request) -> web.Response:
    activity = Activity().deserialize(await req.json())
    auth = req.headers.get("Authorization", "")
    log.debug("activity from %s, auth header present=%s", activity.from_property.id, bool(auth))
    await adapter.process_activity(activity, auth, bot.on_turn)
    return web.Response(status=201)


if __name__ == "__main__":
    log.info("starting bot app id %s (password %d chars)", APP_ID, len(APP_PASSWORD))
    log.debug("bot credentials %s / %s", APP_ID, APP_PASSWORD)
    app = web.Application()
    app.router.add_post("/api/messages", messages)
    web.run_app(app, port=3978)
