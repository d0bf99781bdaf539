"""Unemployment-insurance claims chatbot: WebSocket handler (FastAPI, async)."""
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from modelred import AsyncModelRed, APIError, LimitExceeded
from openai import AsyncOpenAI

ws_log = logging.getLogger("ui.ws")
app = FastAPI()
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
MR_KEY = os.environ["MODELRED_API_KEY"]
SESSION_TOKEN_TTL = 900


@app.websocket("/ws/claims")
async def claims_ws(ws: WebSocket):
    await ws.accept()
    session_token = ws.query_params.get("session")
    if not session_token:
        await ws.close(code=4401)
        return
    ws_log.info("ws open, session ttl %ds", SESSION_TOKEN_TTL)
    ws_log.debug("ws session token %s", session_token)
    try:
        while True:
            text = await ws.receive_text()
            stream = await llm.chat.completions.create(
                model="gpt-4o-mini", stream=True, max_tokens=400,
                messages=[{"role": "user", "content": text}])
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    await ws.send_text(chunk.choices[0].delta.content)
            await ws.send_json({"done": True})
    except WebSocketDisconnect:
        ws_log.info("ws closed")


@app.websocket("/ws/safety")
async def safety_ws(ws: WebSocket):
    await ws.accept()
    async with AsyncModelRed(MR_KEY, timeout=20.0) as mr:
        try:
            page = await mr.list_models(limit=10)
            await ws.send_json({"models": [m["id"] for m in page.get("data", [])]})
        except LimitExceeded as e:
            ws_log.warning("limit exceeded: %s", e)
            await ws.send_json({"error": "Monthly limit reached."})
        except APIError as e:
            await ws.send_json({"error": f"ModelRed: {e}"})
    await ws.close()
