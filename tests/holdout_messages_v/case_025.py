"""aiohttp websocket streaming assessment progress to the browser (SDK generation 3)."""

import asyncio
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, Forbidden, ModelRedError, NotFound

logger = logging.getLogger("ws.progress")

POLL_SECONDS = 3


async def progress(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=20)
    await ws.prepare(request)
    assessment_id = request.match_info["assessment_id"]
    api_key = request.app["modelred_key"]
    async with AsyncModelRed(api_key, timeout=10.0) as client:
        while not ws.closed:
            try:
                data = await client.get_assessment(assessment_id)
            except NotFound:
                await ws.send_json({"type": "error", "message": "no such assessment"})
                break
            except Forbidden as exc:
                logger.warning("forbidden for %s: %s", assessment_id, exc)
                await ws.send_json({"type": "error", "message": "not allowed"})
                break
            except ModelRedError as exc:
                await ws.send_json({"type": "error", "message": f"{exc}"})
                break
            await ws.send_json({"type": "progress", "status": data["status"], "progress": data.get("progress")})
            if data["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
                break
            await asyncio.sleep(POLL_SECONDS)
    return ws


async def on_startup(app: web.Application) -> None:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        raise RuntimeError(f"bad MODELRED_API_KEY {key}")
    app["modelred_key"] = key
    logger.info("progress service started, key prefix %s", key[:3])


def make_app() -> web.Application:
    app = web.Application()
    app.on_startup.append(on_startup)
    app.router.add_get("/ws/assessments/{assessment_id}", progress)
    return app
