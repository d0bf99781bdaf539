"""Star-imported SDK (generation 1) in a small aiohttp service."""
import logging

from aiohttp import web
from modelred import *  # noqa: F403

logger = logging.getLogger("svc")
routes = web.RouteTableDef()


@routes.post("/models")
async def register(request: web.Request) -> web.Response:
    body = await request.json()
    async with ModelRed() as client:  # noqa: F405
        try:
            await client.register_anthropic_model(model_id=body["model_id"], api_key=body["provider_key"])
        except ValidationError as exc:  # noqa: F405
            return web.json_response({"error": exc.message}, status=400)
        except QuotaExceededError as exc:  # noqa: F405
            logger.warning("quota exceeded: %s", exc)
            return web.json_response({"error": "quota exceeded"}, status=402)
        except ModelRedError as exc:  # noqa: F405
            logger.error("register failed: %s", exc)
            return web.Response(text=f"registration failed: {exc}", status=502)
    logger.info("registered %s", body["model_id"])
    return web.json_response({"ok": True})


@routes.get("/suites")
async def suites(request: web.Request) -> web.Response:
    try:
        async with ModelRed() as client:  # noqa: F405
            data = await client.get_test_suites()
    except ModelRedError as exc:  # noqa: F405
        logger.exception("suites failed")
        return web.json_response({"error": type(exc).__name__, "status": getattr(exc, "status_code", None)}, status=502)
    return web.json_response(data)
