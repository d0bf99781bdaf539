"""aiohttp web handlers for the assessment webhook receiver (generation-1 SDK)."""
import json
import logging

from aiohttp import web
from modelred import ModelRed, ModelRedError, AuthenticationError, NotFoundError

log = logging.getLogger("webhook")
routes = web.RouteTableDef()


@routes.post("/hooks/assessment")
async def on_assessment(request: web.Request) -> web.Response:
    body = await request.json()
    assessment_id = body.get("assessment_id")
    if not assessment_id:
        return web.json_response({"error": "assessment_id required"}, status=400)
    try:
        async with ModelRed() as client:
            status = await client.get_assessment_status(assessment_id)
    except NotFoundError:
        return web.json_response({"error": "unknown assessment"}, status=404)
    except AuthenticationError as e:
        log.critical("webhook receiver key rejected: %s", e)
        return web.json_response({"error": "misconfigured"}, status=500)
    except ModelRedError as e:
        return web.json_response(
            {"error": "upstream", "message": getattr(e, "message", str(e))},
            status=502,
        )
    return web.json_response({"status": status["status"], "progress": status.get("progress")})


@routes.get("/hooks/health")
async def health(request: web.Request) -> web.Response:
    return web.Response(text=json.dumps({"ok": True}))


app = web.Application()
app.add_routes(routes)
