"""Twilio Media Streams endpoint: live call audio -> streaming speech-to-text."""
import base64
import json
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI()
log = logging.getLogger("media")

STREAM_SECRET = os.environ["MEDIA_STREAM_SHARED_SECRET"]
STT_KEY = os.environ["SPEECH_API_KEY"]
FRAME_BYTES = 160


class CallState:
    def __init__(self, stream_sid: str, call_sid: str, params: dict):
        self.stream_sid = stream_sid
        self.call_sid = call_sid
        self.params = params
        self.frames = 0


@app.websocket("/media")
async def media(ws: WebSocket):
    await ws.accept()
    state = None
    try:
        while True:
            msg = json.loads(await ws.receive_text())
            event = msg.get("event")
            if event == "start":
                start = msg["start"]
                params = start.get("customParameters", {})
                stream_token = params.get("streamToken", "")
                log.info("stream %s for call %s", start["streamSid"], start["callSid"])
                if stream_token != STREAM_SECRET:
                    raise PermissionError(f"bad stream token {stream_token!r} for call {start['callSid']}")
                state = CallState(start["streamSid"], start["callSid"], params)
                log.debug("custom parameters %s", params)
                log.debug("custom parameter names %s", sorted(params))
            elif event == "media" and state:
                chunk = base64.b64decode(msg["media"]["payload"])
                state.frames += len(chunk) // FRAME_BYTES
            elif event == "stop":
                log.info("call %s ended after %d frames", state.call_sid if state else "?", state.frames if state else 0)
                break
    except WebSocketDisconnect:
        log.info("twilio hung up")
    except PermissionError:
        log.warning("refused a media stream with a bad token")
        await ws.close(code=1008)


@app.on_event("startup")
async def check_keys():
    log.info("speech key configured: %s, secret length %d", bool(STT_KEY), len(STREAM_SECRET))
