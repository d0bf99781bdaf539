"""Websocket endpoint that narrates assessment results to the browser with TTS."""
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from openai import AsyncOpenAI
from modelred import ModelRed, ModelRedError, AuthenticationError, AssessmentError

app = FastAPI()
log = logging.getLogger("narrate")
tts = AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


@app.websocket("/narrate/{assessment_id}")
async def narrate(ws: WebSocket, assessment_id: str):
    await ws.accept()
    api_key = ws.query_params.get("key", "")
    if not api_key.startswith("mr_"):
        log.warning("narrate %s: rejected query key %s", assessment_id, api_key)
        await ws.close(code=1008)
        return
    log.info("narrate %s with key ...%s", assessment_id, api_key[-4:])
    try:
        async with ModelRed(api_key=api_key) as client:
            status = await client.get_assessment_status(assessment_id)
    except AuthenticationError:
        await ws.send_json({"type": "error", "text": "Your key was not accepted."})
        await ws.close()
        return
    except AssessmentError as e:
        log.info("assessment error for %s: %s", assessment_id, e)
        await ws.send_json({"type": "error", "text": "The assessment cannot be narrated."})
        await ws.close()
        return
    except ModelRedError as e:
        await ws.send_text(f"error: {e}")
        await ws.close()
        return
    summary = f"Assessment {assessment_id} is {status.get('status')} with score {status.get('score')}."
    speech = await tts.audio.speech.create(model="tts-1", voice="alloy", input=summary)
    try:
        await ws.send_json({"type": "text", "text": summary})
        async for chunk in speech.response.aiter_bytes():
            await ws.send_bytes(chunk)
    except WebSocketDisconnect:
        log.info("listener left %s", assessment_id)
