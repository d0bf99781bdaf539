"""Coda Pack-style formula backend: a tiny aiohttp service that Coda calls."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, RateLimited, Unauthorized

log = logging.getLogger("coda_formula")
routes = web.RouteTableDef()
BEARER_PREFIX = "Bearer "


def caller_token(request: web.Request) -> str:
    auth = request.headers.get("Authorization", "")
    return auth[len(BEARER_PREFIX):] if auth.startswith(BEARER_PREFIX) else ""


@routes.post("/formula/score")
async def score(request: web.Request):
    token = caller_token(request)
    if not token:
        log.info("anonymous call, token=%r", token)
        return web.json_response({"error": "missing token"}, status=401)
    log.info("formula call from %s", request.remote)
    if token != os.environ["CODA_PACK_SECRET"]:
        log.warning("rejected pack token %s", token)
        return web.json_response({"error": "bad token"}, status=403)
    body = await request.json()
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = await mr.get_assessment(body["assessmentId"])
        except RateLimited as e:
            return web.json_response({"error": "rate limited", "retryAfter": e.retry_after}, status=429)
        except Unauthorized:
            log.error("modelred key rejected")
            return web.json_response({"error": "upstream auth"}, status=502)
        except APIError as e:
            return web.json_response({"error": f"{e}"}, status=502)
    return web.json_response({"score": a.get("score"), "status": a.get("status")})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8081")))
