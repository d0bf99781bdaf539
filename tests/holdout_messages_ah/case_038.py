"""aiohttp service that the browser-extension scraper calls to vet page prompts before extraction."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, RateLimited, ValidationFailed

routes = web.RouteTableDef()
log = logging.getLogger("vet")

EXT_SECRET_HEADER = "X-Extension-Secret"


@routes.post("/vet")
async def vet(request: web.Request) -> web.Response:
    sent = request.headers.get(EXT_SECRET_HEADER)
    if sent != request.app["ext_secret"]:
        log.warning("bad %s from %s: %s", EXT_SECRET_HEADER, request.remote, sent)
        return web.json_response({"error": "unauthorized"}, status=401)
    body = await request.json()
    model_id = body.get("model_id", "ext-extractor")
    packs = body.get("probe_pack_ids", ["web-prompt-injection"])
    mr: AsyncModelRed = request.app["mr"]
    try:
        a = await mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RateLimited as e:
        return web.json_response({"error": "busy", "retry_after": getattr(e, "retry_after", 30)}, status=429)
    except ValidationFailed as e:
        return web.json_response({"error": str(e)}, status=400)
    except APIError as e:
        log.error("assessment failed for %s: %s", model_id, e)
        return web.json_response({"error": "scan failed", "status": e.status_code}, status=502)
    return web.json_response({"assessment_id": a["id"]})


async def on_startup(app: web.Application):
    key = os.environ["MODELRED_API_KEY"]
    app["mr"] = AsyncModelRed(key, timeout=20.0)
    app["ext_secret"] = os.environ["EXTENSION_SHARED_SECRET"]
    log.info("vet service up; ModelRed key %s...%s", key[:3], key[-4:])


async def on_cleanup(app: web.Application):
    await app["mr"].close()


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8091)
