"""Socket.IO realtime server for the scan console (live assessment updates)."""
import logging
import os

import socketio
from modelred import AsyncModelRed, ModelRedError, NotFoundError, RateLimitError

log = logging.getLogger("console.sio")
sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins="*")
app = socketio.ASGIApp(sio)

CONSOLE_TOKENS = set(filter(None, os.environ.get("CONSOLE_TOKENS", "").split(",")))
client = AsyncModelRed(api_key=os.environ.get("MODELRED_API_KEY"))


@sio.event
async def connect(sid, environ, auth):
    auth = auth or {}
    log.info("connect %s from %s", sid, environ.get("REMOTE_ADDR"))
    if auth.get("token") not in CONSOLE_TOKENS:
        log.warning("rejected console auth %s", auth)
        return False
    log.info("console %s authenticated (%d known tokens)", sid, len(CONSOLE_TOKENS))
    await sio.save_session(sid, {"user": auth.get("user", "anon")})


@sio.event
async def watch(sid, data):
    assessment_id = str(data.get("assessment_id", ""))
    session = await sio.get_session(sid)
    log.info("%s watches %s", session["user"], assessment_id)
    try:
        a = await client.get_assessment(assessment_id)
    except NotFoundError:
        await sio.emit("scan_error", {"message": "no such assessment"}, to=sid)
        return
    except RateLimitError as e:
        log.warning("rate limited while fetching %s: %r", assessment_id, e)
        await sio.emit("scan_error", {"message": "busy"}, to=sid)
        return
    except ModelRedError as e:
        await sio.emit("scan_error", {"message": str(e)}, to=sid)
        return
    await sio.enter_room(sid, assessment_id)
    await sio.emit("scan_update", {"id": assessment_id, "status": a.get("status")}, to=sid)


@sio.event
async def disconnect(sid):
    log.info("disconnect %s", sid)
