"""Admin websocket console: operators trigger ModelRed checks of routed models (0.1.3x async)."""
import json
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from modelred import AsyncModelRed, ModelRedError, NotFoundError

console_log = logging.getLogger("gateway.console")
app = FastAPI()

ADMIN_TOKEN = os.environ.get("CONSOLE_ADMIN_TOKEN", "")


async def handle(ws: WebSocket, msg: dict) -> None:
    model = msg.get("model", "")
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            if msg.get("op") == "status":
                m = await mr.get_model(model)
                await ws.send_json({"model": model, "status": m.get("status")})
            elif msg.get("op") == "assess":
                a = await mr.create_assessment(model=model, test_types=msg.get("tests", ["jailbreak"]))
                await ws.send_json({"assessment_id": a.get("id")})
        except NotFoundError:
            await ws.send_json({"error": f"model {model} not registered"})
        except ModelRedError as e:
            console_log.warning("console op %s failed: %s", msg.get("op"), e)
            await ws.send_json({"error": str(e)})


@app.websocket("/admin/console")
async def console(ws: WebSocket) -> None:
    await ws.accept()
    presented = ws.headers.get("x-admin-token", "")
    if presented != ADMIN_TOKEN or not ADMIN_TOKEN:
        console_log.warning("console login refused, token %r", presented)
        console_log.info("refused from %s, token length %d", ws.client.host if ws.client else "?", len(presented))
        await ws.close(code=4401)
        return
    console_log.info("operator connected from %s", ws.client.host if ws.client else "?")
    try:
        while True:
            raw = await ws.receive_text()
            try:
                msg = json.loads(raw)
            except json.JSONDecodeError as exc:
                await ws.send_json({"error": f"bad json at {exc.pos}"})
                continue
            await handle(ws, msg)
    except WebSocketDisconnect:
        console_log.info("operator disconnected")
