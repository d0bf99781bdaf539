"""Live transcription client over a Deepgram-style streaming websocket."""
import asyncio
import json
import logging
import os
import sys

import websockets

log = logging.getLogger("live")
LISTEN_URL = "wss://api.deepgram.com/v1/listen?encoding=linear16&sample_rate=16000&interim_results=true"


async def stream_file(path: str, key: str) -> None:
    headers = {"Authorization": f"Token {key}"}
    async with websockets.connect(LISTEN_URL, additional_headers=headers) as ws:
        log.info("connected, request id %s", ws.response.headers.get("dg-request-id"))

        async def sender():
            with open(path, "rb") as fh:
                while chunk := fh.read(3200):
                    await ws.send(chunk)
                    await asyncio.sleep(0.1)
            await ws.send(json.dumps({"type": "CloseStream"}))

        async def receiver():
            async for raw in ws:
                msg = json.loads(raw)
                if msg.get("type") == "Results" and msg["is_final"]:
                    alt = msg["channel"]["alternatives"][0]
                    print(alt["transcript"])
                elif msg.get("type") == "Metadata":
                    log.debug("metadata %s", msg)

        await asyncio.gather(sender(), receiver())


async def main(path: str) -> int:
    key = os.environ.get("DEEPGRAM_API_KEY", "")
    try:
        await stream_file(path, key)
    except websockets.InvalidStatus as exc:
        log.error("handshake refused: HTTP %s", exc.response.status_code)
        log.error("handshake refused for Authorization: Token %s", key)
        return 2
    except websockets.ConnectionClosedError as exc:
        log.error("stream closed: %s %s", exc.code, exc.reason)
        return 1
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    sys.exit(asyncio.run(main(sys.argv[1])))
