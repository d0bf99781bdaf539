"""aiohttp service: assessment API in front of ModelRed, with an upstream health ping."""
import logging
import os

import aiohttp
from aiohttp import web
from modelred import AsyncModelRed, APIError, LimitExceeded

log = logging.getLogger(__name__)
routes = web.RouteTableDef()


class Settings:
    def __init__(self) -> None:
        self.modelred_key = os.environ["MODELRED_API_KEY"]
        self.region = os.environ.get("MODELRED_REGION", "eu")


settings = Settings()


@routes.post("/assessments")
async def create(request: web.Request) -> web.Response:
    payload = await request.json()
    try:
        async with AsyncModelRed(settings.modelred_key) as client:
            run = await client.create_assessment(model_id=payload["model_id"], probe_pack_ids=payload["packs"])
    except LimitExceeded as exc:
        log.warning("quota: %s", exc)
        return web.json_response({"error": "quota exceeded"}, status=429)
    except APIError as exc:
        return web.json_response({"error": exc.message, "code": exc.status_code}, status=502)
    return web.json_response({"id": run["id"]}, status=201)


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    headers = {"Authorization": f"Bearer {settings.modelred_key}"}
    async with aiohttp.ClientSession(headers=headers) as session:
        async with session.get("https://api.modelred.ai/v1/ping") as resp:
            body = await resp.text()
            if resp.status != 200:
                log.error("ping %s: %s", resp.status, body)
                log.debug("session headers %s", session.headers)
                return web.json_response({"ok": False, "status": resp.status})
    log.info("region %s healthy", settings.region)
    return web.json_response({"ok": True})


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
