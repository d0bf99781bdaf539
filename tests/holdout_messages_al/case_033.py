"""Citizen-request triage service (gen 2 async ModelRed): nightly audit endpoint for the 311 app."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, RateLimitError, NotFoundError

log = logging.getLogger("three11.audit")
routes = web.RouteTableDef()


@routes.post("/audit")
async def audit(request: web.Request):
    body = await request.json()
    model = body.get("model", "three11-triage")
    tests = body.get("test_types", ["prompt_injection"])
    log.info("audit requested: model=%s tests=%s", model, tests)
    client = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = await client.create_assessment(model=model, test_types=tests, priority="low")
        done = await client.wait_for_completion(a["id"], timeout_minutes=20)
    except RateLimitError as e:
        log.warning("rate limited: %s", e)
        return web.json_response({"error": "busy, retry later"}, status=429)
    except NotFoundError as e:
        return web.json_response({"error": "unknown model", "model": model}, status=404)
    except ModelRedError as e:
        return web.json_response({"error": str(e)}, status=502)
    log.info("audit %s finished with score %s", a["id"], done.get("score"))
    return web.json_response({"id": a["id"], "score": done.get("score")})


@routes.get("/audit/config")
async def audit_config(request):
    key = os.environ.get("MODELRED_API_KEY", "")
    return web.json_response({"modelred_key_configured": bool(key), "key_prefix": key[:3]})


def make_app():
    app = web.Application()
    app.add_routes(routes)
    log.info("audit app ready; modelred key=%s", os.environ.get("MODELRED_API_KEY"))
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8090)
