"""Webhook receiver for ModelRed scan completions, forwarded to tenants (generation 3)."""
import hmac
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, NotFound, Forbidden

hook_log = logging.getLogger("gateway.scan_hooks")

WEBHOOK_TOKEN = os.environ["MODELRED_WEBHOOK_TOKEN"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
TOKEN_HEADER = "X-ModelRed-Token"


async def receive(request: web.Request) -> web.Response:
    presented = request.headers.get(TOKEN_HEADER, "")
    if not hmac.compare_digest(presented, WEBHOOK_TOKEN):
        hook_log.warning("webhook with wrong token %s (expected ...%s)", presented, WEBHOOK_TOKEN[-4:])
        return web.json_response({"error": "forbidden"}, status=403)
    event = await request.json()
    assessment_id = event["assessment_id"]
    hook_log.info("%s %s for tenant %s", event.get("type"), assessment_id, event.get("tenant"))
    try:
        async with AsyncModelRed(MODELRED_KEY, timeout=10.0) as mr:
            assessment = await mr.get_assessment(assessment_id)
    except NotFound:
        return web.json_response({"error": "unknown assessment"}, status=404)
    except Forbidden as e:
        hook_log.error("assessment %s not visible to gateway key: %s", assessment_id, e)
        return web.json_response({"error": "forbidden"}, status=403)
    except APIError as e:
        return web.json_response({"error": "modelred", "message": str(e)}, status=502)
    await request.app["tenants"].notify(event.get("tenant"), assessment)
    return web.json_response({"ok": True, "status": assessment.get("status")})


def make_app(tenants) -> web.Application:
    app = web.Application()
    app["tenants"] = tenants
    app.router.add_post("/hooks/modelred", receive)
    hook_log.info("listening for %s on /hooks/modelred", TOKEN_HEADER)
    return app
