"""WebSocket endpoint for the red-team chat console."""
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from modelred import AsyncModelRed, ModelRedError, RateLimited

log = logging.getLogger("ws")
app = FastAPI()
ADMIN_TOKEN = os.environ.get("CONSOLE_ADMIN_TOKEN")


@app.websocket("/ws/console")
async def console(ws: WebSocket):
    await ws.accept()
    token = ws.query_params.get("token")
    if token != ADMIN_TOKEN:
        log.warning("console login refused from %s", ws.client.host)
        await ws.close(code=4401)
        return
    log.info("console login from %s with token %s", ws.client.host, token)
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        try:
            while True:
                cmd = await ws.receive_json()
                try:
                    if cmd["op"] == "status":
                        a = await client.get_assessment(cmd["id"])
                        await ws.send_json({"ok": True, "status": a["status"]})
                    elif cmd["op"] == "models":
                        page = await client.list_models(page_size=cmd.get("page_size", 20))
                        await ws.send_json({"ok": True, "models": [m["modelId"] for m in page["data"]], "next_page_token": page.get("next_page_token")})
                except RateLimited:
                    await ws.send_json({"ok": False, "error": "rate limited"})
                except ModelRedError as e:
                    await ws.send_json({"ok": False, "error": str(e)})
        except WebSocketDisconnect:
            log.info("console closed")
