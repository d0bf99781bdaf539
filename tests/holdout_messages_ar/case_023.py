"""Onboarding API: run the ID-document classifier's red team on demand (ModelRed generation 2, async)."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ValidationError

routes = web.RouteTableDef()
log = logging.getLogger("onboarding.redteam")

DOC_MODEL = "id-doc-classifier"


async def on_startup(app: web.Application):
    app["mr_key"] = os.environ["MODELRED_API_KEY"]
    app["mr_org"] = os.environ.get("MODELRED_ORG", "kyc-team")
    log.info("modelred org=%s", app["mr_org"])


@routes.post("/redteam/{suite}")
async def start(request: web.Request) -> web.Response:
    suite = request.match_info["suite"]
    async with AsyncModelRed(api_key=request.app["mr_key"]) as client:
        try:
            run = await client.create_assessment(model=DOC_MODEL, test_types=[suite], priority="normal")
        except ValidationError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        except NotFoundError:
            return web.json_response({"error": f"model {DOC_MODEL} not registered"}, status=404)
        except ModelRedError as exc:
            log.error("create_assessment failed: %s", exc)
            return web.json_response({"error": "upstream error"}, status=502)
    return web.json_response({"id": run["id"]}, status=202)


@routes.get("/redteam/{assessment_id}")
async def status(request: web.Request) -> web.Response:
    aid = request.match_info["assessment_id"]
    async with AsyncModelRed(api_key=request.app["mr_key"]) as client:
        try:
            result = await client.get_assessment(aid)
        except ModelRedError as exc:
            return web.Response(text=f"lookup failed: {exc}", status=502)
    return web.json_response({"status": result["status"]})


@routes.get("/redteam/_debug")
async def debug(request: web.Request) -> web.Response:
    log.debug("app config: org=%s key=%s", request.app["mr_org"], request.app["mr_key"])
    return web.json_response({"key_set": bool(request.app["mr_key"])})


app = web.Application()
app.on_startup.append(on_startup)
app.add_routes(routes)
