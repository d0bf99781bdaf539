"""Gen-1 ModelRed validation endpoint for the hardware lab's self-service portal (aiohttp)."""
import logging
import os

from aiohttp import web
from modelred import ModelRed, ModelRedError, AuthenticationError, TierRestrictedError

log = logging.getLogger("portal.modelred")
routes = web.RouteTableDef()
HEADER = "X-ModelRed-Key"


@routes.post("/api/modelred/validate")
async def validate(request: web.Request):
    user_key = request.headers.get(HEADER, "")
    if not user_key:
        return web.json_response({"error": f"send your key in {HEADER}"}, status=400)
    log.info("validate called, key length %d", len(user_key))
    try:
        async with ModelRed(api_key=user_key) as client:
            info = await client.validate_api_key()
    except AuthenticationError:
        log.info("invalid key submitted: %s", user_key)
        return web.json_response({"valid": False}, status=401)
    except TierRestrictedError as e:
        return web.json_response({"valid": True, "restricted": True, "detail": str(e)})
    except ModelRedError as e:
        log.error("validate failed: %s", e)
        return web.json_response({"valid": None, "error": "upstream error"}, status=502)
    log.info("validated key for org %s (tier %s)", info.get("organization"), info.get("tier"))
    return web.json_response({"valid": True, "tier": info.get("tier")})


@routes.get("/api/modelred/suites")
async def suites(request: web.Request):
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        return web.json_response(await client.get_test_suites())


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8088)
