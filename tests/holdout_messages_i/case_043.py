"""Live assessment progress over WebSocket and SSE (ModelRed SDK generation 2, async)."""
import asyncio
import json
import logging
import os

import httpx
from fastapi import FastAPI, WebSocket
from fastapi.responses import StreamingResponse
from modelred import AsyncModelRed, ModelRedError

app = FastAPI()
log = logging.getLogger("progress")
POLL_SECONDS = 5


@app.websocket("/ws/assessments/{assessment_id}")
async def ws_progress(websocket: WebSocket, assessment_id: str):
    await websocket.accept()
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        while True:
            try:
                data = await client.get_assessment(assessment_id)
            except ModelRedError as e:
                log.warning("progress %s: %s", assessment_id, e)
                await websocket.send_json({"type": "error", "message": str(e)})
                break
            await websocket.send_json({"type": "progress", "status": data.get("status"), "progress": data.get("progress")})
            if data.get("status") in ("completed", "failed"):
                break
            await asyncio.sleep(POLL_SECONDS)
    await websocket.close()


@app.get("/sse/assessments/{assessment_id}")
async def sse_progress(assessment_id: str):
    async def events():
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            for _ in range(120):
                try:
                    data = await client.get_assessment(assessment_id)
                except ModelRedError as e:
                    yield f"event: error\ndata: {json.dumps({'detail': repr(e)})}\n\n"
                    return
                yield f"data: {json.dumps({'status': data.get('status')})}\n\n"
                await asyncio.sleep(POLL_SECONDS)
    return StreamingResponse(events(), media_type="text/event-stream")


@app.get("/health/upstream")
async def upstream_health():
    try:
        async with httpx.AsyncClient(timeout=5) as http:
            r = await http.get("https://status.modelred.ai/api/v2/status.json")
        return {"upstream": r.json().get("status", {}).get("indicator", "unknown")}
    except httpx.HTTPError as e:
        return {"upstream": "unreachable", "detail": str(e)}
