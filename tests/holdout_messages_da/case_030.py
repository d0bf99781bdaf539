"""Live-ops control room: websocket feed for the ops UI, with on-demand ModelRed scans."""
import asyncio
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from modelred import AsyncModelRed, APIError, LimitExceeded, Unauthorized

app = FastAPI()
log = logging.getLogger("liveops.controlroom")

OPS_TOKEN = os.environ["CONTROLROOM_TOKEN"]


async def metrics_snapshot() -> dict:
    return {"ccu": 48213, "mm_wait_p95_s": 41.2, "store_rev_1h": 18234.5}


@app.websocket("/ws/ops")
async def ops_feed(ws: WebSocket):
    await ws.accept()
    hello = await ws.receive_json()
    if hello.get("token") != OPS_TOKEN:
        log.warning("ops feed login refused for %s", hello.get("user"))
        await ws.close(code=4401)
        return
    log.info("ops user %s connected", hello.get("user"))
    mr = AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)
    try:
        while True:
            try:
                msg = await asyncio.wait_for(ws.receive_json(), timeout=5)
            except asyncio.TimeoutError:
                await ws.send_json({"type": "metrics", **await metrics_snapshot()})
                continue
            if msg.get("type") == "scan":
                try:
                    run = await mr.create_assessment(model_id=msg["model_id"], probe_pack_ids=msg.get("packs", ["jailbreak"]))
                    await ws.send_json({"type": "scan_started", "id": run["id"]})
                except Unauthorized:
                    log.error("MODELRED_API_KEY unauthorized")
                    await ws.send_json({"type": "error", "message": "scanner key rejected"})
                except LimitExceeded as exc:
                    await ws.send_json({"type": "error", "message": f"limit reached (HTTP {exc.status_code})"})
                except APIError as exc:
                    await ws.send_json({"type": "error", "message": str(exc)})
    except WebSocketDisconnect:
        log.info("ops user %s left", hello.get("user"))
    finally:
        await mr.close()


@app.on_event("startup")
async def announce():
    log.info("control room up; ops token configured: %s", OPS_TOKEN)
