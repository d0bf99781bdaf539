"""Websocket endpoint pushing assessment progress (FastAPI websockets)."""
import asyncio
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
import modelred as mr

app = FastAPI()
log = logging.getLogger("ws")


@app.websocket("/ws/assessments/{assessment_id}")
async def progress(ws: WebSocket, assessment_id: str):
    await ws.accept()
    token = ws.query_params.get("token", "")
    if not token:
        await ws.close(code=4401, reason="token required")
        return
    log.info("ws connect %s (token length %d)", assessment_id, len(token))
    async with mr.AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        try:
            while True:
                a = await client.get_assessment(assessment_id)
                await ws.send_json({"status": a["status"], "progress": a.get("progress", 0)})
                if a["status"] in ("completed", "failed", "cancelled"):
                    break
                await asyncio.sleep(2)
        except WebSocketDisconnect:
            log.info("client left %s", assessment_id)
        except mr.Forbidden:
            await ws.send_json({"error": "forbidden"})
        except mr.ModelRedError as exc:
            log.warning("modelred error for %s: %r", assessment_id, exc)
            await ws.send_json({"error": "upstream error", "detail": repr(exc)})
    await ws.close()


@app.websocket("/ws/echo")
async def echo(ws: WebSocket):
    await ws.accept()
    auth = ws.headers.get("authorization", "")
    log.debug("echo socket opened by %s", auth)
    async for message in ws.iter_text():
        await ws.send_text(message)
