"""Live assessment progress over SSE and WebSockets (Starlette, async SDK)."""
import asyncio
import json
import logging
import os

from modelred import AsyncModelRed, ModelRedError, NotFound
from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket

logger = logging.getLogger("live")
ERROR_TEXT = {NotFound: "no such assessment"}


async def sse(request):
    assessment_id = request.path_params["assessment_id"]

    async def events():
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            while True:
                try:
                    a = await mr.get_assessment(assessment_id)
                except ModelRedError as e:
                    yield f"event: error\ndata: {e}\n\n"
                    return
                yield f"data: {json.dumps({'status': a['status']})}\n\n"
                if a["status"] in ("COMPLETED", "FAILED"):
                    return
                await asyncio.sleep(2)

    return StreamingResponse(events(), media_type="text/event-stream")


async def ws_progress(ws: WebSocket):
    token = ws.query_params.get("token")
    logger.info("ws connect from %s token=%s", ws.client, token)
    await ws.accept()
    assessment_id = await ws.receive_text()
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = await mr.get_assessment(assessment_id)
        except NotFound as e:
            await ws.send_json({"error": ERROR_TEXT.get(type(e), "assessment failed")})
        except ModelRedError as e:
            await ws.send_json({"error": str(e)})
        else:
            await ws.send_json({"status": a["status"]})
    await ws.close()


app = Starlette(routes=[Route("/sse/{assessment_id}", sse), WebSocketRoute("/ws", ws_progress)])
