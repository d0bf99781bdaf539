"""Relay between a phone-call media stream and the OpenAI Realtime API over `websockets`."""
import asyncio
import json
import logging
import os

import websockets
from websockets.exceptions import InvalidStatus

logger = logging.getLogger("realtime.relay")
REALTIME_URL = "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"


class RealtimeSession:
    def __init__(self, api_key: str, voice: str = "alloy"):
        self.api_key = api_key
        self.voice = voice
        self.ws = None

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}", "OpenAI-Beta": "realtime=v1"}

    async def open(self):
        headers = self._headers()
        logger.info("connecting to %s (voice=%s, headers=%s)", REALTIME_URL, self.voice, list(headers))
        try:
            self.ws = await websockets.connect(REALTIME_URL, additional_headers=headers, max_size=2**24)
        except InvalidStatus as exc:
            logger.error("realtime handshake refused: HTTP %s", exc.response.status_code)
            raise ConnectionError("realtime auth failed for key " + self.api_key) from exc
        await self.ws.send(json.dumps({"type": "session.update", "session": {"voice": self.voice, "modalities": ["audio", "text"]}}))

    async def pump(self, inbound: asyncio.Queue, outbound: asyncio.Queue):
        async def up():
            while True:
                chunk = await inbound.get()
                await self.ws.send(json.dumps({"type": "input_audio_buffer.append", "audio": chunk}))

        async def down():
            async for raw in self.ws:
                event = json.loads(raw)
                if event["type"] == "response.audio.delta":
                    await outbound.put(event["delta"])
                elif event["type"] == "response.done":
                    usage = event["response"].get("usage", {})
                    logger.info("response done, total_tokens=%s", usage.get("total_tokens"))
                elif event["type"] == "error":
                    logger.warning("realtime error event: %s", event["error"].get("message"))

        await asyncio.gather(up(), down())


async def main():
    logging.basicConfig(level=logging.DEBUG)
    session = RealtimeSession(os.environ["OPENAI_API_KEY"], voice=os.environ.get("VOICE", "alloy"))
    logging.debug("realtime session headers: %s", session._headers())
    await session.open()
    await session.pump(asyncio.Queue(), asyncio.Queue())


if __name__ == "__main__":
    asyncio.run(main())
