"""Async Deepgram live captions relay (websocket in, captions out)."""
import asyncio
import json
import logging
import os

import websockets

log = logging.getLogger("live.captions")

DG_URL = "wss://api.deepgram.com/v1/listen?model=nova-2&interim_results=true&punctuate=true"


class LiveCaptioner:
    def __init__(self, room: str, api_key: str | None = None):
        self.room = room
        self.api_key = api_key or os.environ["DEEPGRAM_API_KEY"]
        self.extra_headers = {"Authorization": f"Token {self.api_key}"}
        self.sent_bytes = 0

    async def run(self, audio_chunks, on_caption):
        log.info("room %s connecting to %s", self.room, DG_URL)
        try:
            async with websockets.connect(DG_URL, extra_headers=self.extra_headers) as ws:
                sender = asyncio.create_task(self._send(ws, audio_chunks))
                async for msg in ws:
                    data = json.loads(msg)
                    alt = data.get("channel", {}).get("alternatives", [{}])[0]
                    if alt.get("transcript"):
                        await on_caption(self.room, alt["transcript"], data.get("is_final", False))
                await sender
        except websockets.InvalidStatusCode as e:
            log.error("deepgram handshake %s for room %s with %s", e.status_code, self.room, self.extra_headers)
            raise ConnectionError(f"deepgram handshake failed: {e.status_code}") from e

    async def _send(self, ws, chunks):
        async for chunk in chunks:
            self.sent_bytes += len(chunk)
            await ws.send(chunk)
        await ws.send(json.dumps({"type": "CloseStream"}))
        log.debug("room %s sent %d bytes", self.room, self.sent_bytes)

    def __repr__(self):
        return f"LiveCaptioner(room={self.room!r})"


async def start(room, chunks, on_caption):
    cap = LiveCaptioner(room)
    log.info("starting %r", cap)
    try:
        await cap.run(chunks, on_caption)
    except ConnectionError:
        log.warning("room %s: retry with key %s", room, cap.api_key)
        await asyncio.sleep(2)
        await cap.run(chunks, on_caption)
