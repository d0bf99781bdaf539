"""aiohttp front for the async ModelRed client, with a progress stream."""
import asyncio
import json
import logging
import os

import sentry_sdk
from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, RateLimited, ValidationFailed

logger = logging.getLogger(__name__)
routes = web.RouteTableDef()


def _client() -> AsyncModelRed:
    return AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=30)


@routes.post("/assessments")
async def create(request: web.Request) -> web.Response:
    body = await request.json()
    try:
        limit = int(body.get("limit", 10))
    except ValueError as e:
        return web.json_response({"error": str(e)}, status=400)
    try:
        async with _client() as client:
            created = await client.create_assessment(model_id=body["model_id"], probe_pack_ids=body["packs"][:limit])
    except RateLimited:
        return web.json_response({"error": "rate_limited", "retry_after": 30}, status=429)
    except ValidationFailed as e:
        raise web.HTTPBadRequest(text=str(e))
    except ModelRedError as exc:
        sentry_sdk.capture_exception(exc)
        return web.json_response({"error": "{}".format(exc)}, status=502)
    return web.json_response(created, status=201)


@routes.get("/assessments/{aid}/events")
async def events(request: web.Request) -> web.StreamResponse:
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await resp.prepare(request)
    async with _client() as client:
        while True:
            try:
                state = await client.get_assessment(request.match_info["aid"])
            except ModelRedError as e:
                await resp.write(f"data: {json.dumps({'error': str(e)})}\n\n".encode())
                break
            await resp.write(f"data: {json.dumps({'status': state['status']})}\n\n".encode())
            if state["status"] in ("completed", "failed", "cancelled"):
                break
            await asyncio.sleep(5)
    return resp


app = web.Application()
app.add_routes(routes)
