"""Campaign-copy model registry service (aiohttp), ModelRed generation 3, async."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, ValidationFailed, Conflict, Unauthorized

log = logging.getLogger("copy_registry")
routes = web.RouteTableDef()

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
DEFAULT_PACKS = ["brand-voice", "prompt-injection"]


@routes.post("/assessments")
async def start(request: web.Request) -> web.Response:
    body = await request.json()
    model_id = body.get("model_id", "")
    detector_key = body.get("detector_api_key")
    log.info("start for %s packs=%s detector key given=%s", model_id, DEFAULT_PACKS, detector_key is not None)
    kwargs = {"model_id": model_id, "probe_pack_ids": body.get("packs", DEFAULT_PACKS), "priority": "normal"}
    if detector_key:
        kwargs["detector_api_key"] = detector_key
    log.debug("create_assessment kwargs %s", kwargs)
    try:
        async with AsyncModelRed(MODELRED_KEY, timeout=30.0) as mr:
            run = await mr.create_assessment(**kwargs)
    except ValidationFailed as e:
        return web.json_response({"error": str(e)}, status=422)
    except Conflict:
        return web.json_response({"error": "an assessment is already running"}, status=409)
    except Unauthorized as e:
        log.critical("modelred key rejected (status %s)", e.status_code)
        return web.json_response({"error": "scanner misconfigured"}, status=500)
    except APIError as e:
        log.exception("create_assessment failed: %r", e)
        return web.json_response({"error": "scanner error"}, status=502)
    return web.json_response({"id": run["id"], "model_id": model_id})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    log.info("copy registry up; key prefix %s", MODELRED_KEY[:3])
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8088)
