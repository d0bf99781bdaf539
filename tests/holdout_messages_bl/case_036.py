"""ChatOps deploy bot for Microsoft Teams (Bot Framework, aiohttp): `deploy <svc> <ver>`."""
import logging
import os

from aiohttp import web
from botbuilder.core import ActivityHandler, BotFrameworkAdapter, BotFrameworkAdapterSettings, TurnContext
from botbuilder.schema import Activity
import aiohttp

logger = logging.getLogger("teams-deploy")
APP_ID = os.environ["MICROSOFT_APP_ID"]
APP_PASSWORD = os.environ["MICROSOFT_APP_PASSWORD"]
ARGO_URL = os.environ.get("ARGOCD_URL", "https://argocd.internal")
ARGO_TOKEN = os.environ["ARGOCD_AUTH_TOKEN"]

adapter = BotFrameworkAdapter(BotFrameworkAdapterSettings(APP_ID, APP_PASSWORD))


class DeployBot(ActivityHandler):
    def __init__(self, argo_token):
        self.argo_token = argo_token
        self.headers = {"Authorization": f"Bearer {argo_token}"}

    async def on_message_activity(self, turn_context: TurnContext):
        parts = (turn_context.activity.text or "").split()
        if len(parts) != 3 or parts[0] != "deploy":
            await turn_context.send_activity("usage: deploy <service> <version>")
            return
        _, svc, ver = parts
        logger.info("deploy %s@%s by %s", svc, ver, turn_context.activity.from_property.name)
        body = {"revision": ver, "prune": False}
        async with aiohttp.ClientSession(headers=self.headers) as s:
            async with s.post(f"{ARGO_URL}/api/v1/applications/{svc}/sync", json=body) as r:
                if r.status == 401:
                    logger.error("argocd refused headers %s", self.headers)
                    await turn_context.send_activity("ArgoCD rejected the bot's token")
                    return
                text = await r.text()
                if r.status >= 400:
                    logger.error("argocd %s: %s", r.status, text[:200])
                    await turn_context.send_activity(f"sync failed: HTTP {r.status}")
                    return
        await turn_context.send_activity(f"syncing {svc} to {ver}")


bot = DeployBot(ARGO_TOKEN)


async def messages(req: web.Request) -> web.Response:
    activity = Activity().deserialize(await req.json())
    auth = req.headers.get("Authorization", "")
    logger.debug("incoming activity %s auth=%s", activity.id, auth)
    await adapter.process_activity(activity, auth, bot.on_turn)
    return web.Response(status=201)


app = web.Application()
app.router.add_post("/api/messages", messages)
logger.info("bot %s ready, password length %d", APP_ID, len(APP_PASSWORD))
