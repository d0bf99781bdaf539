"""Websocket that streams red-team progress of the art-director model to the browser (gen 2)."""
import asyncio
import logging
import os

from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from modelred import AsyncModelRed, ModelRedError, RateLimitError

app = FastAPI()
log = logging.getLogger("artdirector.ws")
ART_MODEL = "art-director-sdxl"


class ScanStreamer:
    def __init__(self, ws: WebSocket):
        self.ws = ws
        self.api_key = os.environ.get("MODELRED_API_KEY")

    async def stream(self, test_types: list[str]) -> None:
        async with AsyncModelRed(api_key=self.api_key) as client:
            try:
                job = await client.create_assessment(model=ART_MODEL, test_types=test_types, priority="normal")
            except RateLimitError:
                await self.ws.send_json({"type": "error", "message": "busy, try later"})
                return
            except ModelRedError as e:
                await self.ws.send_json({"type": "error", "message": str(e)})
                return
            await self.ws.send_json({"type": "started", "id": job["id"]})
            while True:
                try:
                    st = await client.get_assessment(job["id"])
                except ModelRedError as e:
                    log.warning("poll failed for %s: %s", job["id"], e)
                    await asyncio.sleep(5)
                    continue
                await self.ws.send_json({"type": "progress", "status": st["status"], "progress": st.get("progress", 0)})
                if st["status"] in ("COMPLETED", "FAILED"):
                    return
                await asyncio.sleep(3)


@app.websocket("/ws/scan")
async def scan_ws(ws: WebSocket):
    await ws.accept()
    streamer = ScanStreamer(ws)
    if not streamer.api_key:
        log.error("no MODELRED_API_KEY, value=%r", streamer.api_key)
        await ws.close(code=1011)
        return
    log.info("scan stream opened by %s with key %s", ws.client, streamer.api_key)
    try:
        msg = await ws.receive_json()
        await streamer.stream(msg.get("tests", ["bias", "toxicity"]))
    except WebSocketDisconnect:
        log.info("client left")
