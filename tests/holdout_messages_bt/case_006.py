"""Chrome extension backend: token exchange for the side-panel red-team helper (async)."""
import logging
import os
import secrets as pysecrets

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, ValidationError

routes = web.RouteTableDef()
log = logging.getLogger("ext.backend")

EXTENSION_ID = os.environ.get("CHROME_EXTENSION_ID", "abcdefghijklmnopabcdefghijklmnop")
EXT_SHARED_KEY = os.environ["EXT_SHARED_KEY"]
TOKEN_TTL_SECONDS = 3600
SESSIONS: dict[str, str] = {}


@routes.post("/ext/session")
async def session(request: web.Request) -> web.Response:
    origin = request.headers.get("Origin", "")
    if origin != f"chrome-extension://{EXTENSION_ID}":
        log.warning("bad origin %s (expected extension %s)", origin, EXTENSION_ID)
        raise web.HTTPForbidden()
    presented = request.headers.get("X-Ext-Key", "")
    if presented != EXT_SHARED_KEY:
        log.warning("extension presented wrong shared key %r", presented)
        raise web.HTTPUnauthorized()
    token = pysecrets.token_urlsafe(32)
    SESSIONS[token] = origin
    log.info("issued session, ttl=%ss, active=%d", TOKEN_TTL_SECONDS, len(SESSIONS))
    return web.json_response({"session": token, "ttl": TOKEN_TTL_SECONDS})


@routes.post("/ext/scan")
async def scan(request: web.Request) -> web.Response:
    sess = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if sess not in SESSIONS:
        log.info("unknown session token %s", sess)
        raise web.HTTPUnauthorized()
    body = await request.json()
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            res = await client.create_assessment(model=body["model"], test_types=body.get("tests", ["prompt_injection"]))
        except ValidationError as e:
            return web.json_response({"error": str(e)}, status=400)
        except ModelRedError:
            log.exception("scan failed for model %s", body.get("model"))
            return web.json_response({"error": "scan failed"}, status=502)
    return web.json_response({"assessment": res.get("id")})


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=8787)
