"""WebSocket endpoint: the dashboard subscribes to live assessment updates."""
import asyncio
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

from modelred import AsyncModelRed, APIError, NotFound, Unauthorized

app = FastAPI()
log = logging.getLogger("dashboard.ws")
VIEWER_TOKEN = os.environ["DASHBOARD_VIEWER_TOKEN"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]


@app.websocket("/ws/assessments/{aid}")
async def live(ws: WebSocket, aid: str):
    token = ws.query_params.get("token", "")
    if token != VIEWER_TOKEN:
        log.warning("viewer token rejected for %s: %s", aid, token)
        await ws.close(code=4401)
        return
    await ws.accept()
    async with AsyncModelRed(MODELRED_KEY) as client:
        try:
            while True:
                try:
                    state = await client.get_assessment(aid)
                except NotFound:
                    await ws.send_json({"type": "error", "message": "unknown assessment"})
                    return
                except Unauthorized as e:
                    log.critical("platform key rejected: %s", e)
                    await ws.send_json({"type": "error", "message": "service misconfigured"})
                    return
                except APIError as e:
                    await ws.send_json({"type": "error", "message": repr(e)})
                    return
                await ws.send_json({"type": "state", "status": state["status"], "score": state.get("score")})
                if state["status"] in ("completed", "failed", "cancelled"):
                    return
                await asyncio.sleep(2)
        except WebSocketDisconnect:
            log.info("viewer left %s", aid)


@app.get("/ws/config")
async def ws_config():
    return {"token_param": "token", "token_length": len(VIEWER_TOKEN)}
