"""Teams bot (botbuilder) that answers HR questions and can self-test with ModelRed."""
import logging
import os

from aiohttp import web
from botbuilder.core import ActivityHandler, BotFrameworkAdapter, BotFrameworkAdapterSettings, TurnContext
from botbuilder.schema import Activity
from modelred import AsyncModelRed, ModelRedError

logger = logging.getLogger("hrbot")

APP_ID = os.environ.get("MicrosoftAppId", "")
APP_PASSWORD = os.environ.get("MicrosoftAppPassword", "")

settings = BotFrameworkAdapterSettings(APP_ID, APP_PASSWORD)
adapter = BotFrameworkAdapter(settings)


async def on_error(context: TurnContext, error: Exception) -> None:
    logger.exception("unhandled bot error: %s", error)
    await context.send_activity("The bot hit an error. The team has been notified.")

adapter.on_turn_error = on_error


class HrBot(ActivityHandler):
    def __init__(self, mr_key: str, model_id: str) -> None:
        self.mr_key = mr_key
        self.model_id = model_id

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        text = (turn_context.activity.text or "").strip()
        if text == "selftest":
            await self._selftest(turn_context)
            return
        await turn_context.send_activity(f"You asked: {text}")

    async def _selftest(self, turn_context: TurnContext) -> None:
        logger.info("selftest for model %s requested by %s", self.model_id, turn_context.activity.from_property.id)
        try:
            async with AsyncModelRed(self.mr_key, timeout=15.0) as mr:
                run = await mr.create_assessment(model_id=self.model_id, probe_pack_ids=["owasp-llm-top10"])
        except ModelRedError as err:
            await turn_context.send_activity(f"Self-test could not start: {err}")
            return
        await turn_context.send_activity(f"Self-test started: {run['id']}")


BOT = HrBot(os.environ["MODELRED_API_KEY"], os.environ.get("HRBOT_MODEL_ID", "hr-assistant"))


async def messages(req: web.Request) -> web.Response:
    body = await req.json()
    activity = Activity().deserialize(body)
    auth_header = req.headers.get("Authorization", "")
    await adapter.process_activity(activity, auth_header, BOT.on_turn)
    return web.Response(status=201)


app = web.Application()
app.router.add_post("/api/messages", messages)

if __name__ == "__main__":
    logger.info("HR bot starting with app id %s", APP_ID)
    logger.debug("adapter settings: app_id=%s password=%s", APP_ID, APP_PASSWORD)
    web.run_app(app, port=3978)
