"""Kitchen display bridge: pushes order events to a Fresh KDS-like screen over websockets."""
import asyncio
import json
import logging
import os

import websockets
from modelred import AsyncModelRed, LimitExceeded, ModelRedError

log = logging.getLogger("kds.bridge")


class KdsBridge:
    def __init__(self, url: str, device_token: str, screen: str):
        self.url = url
        self.device_token = device_token
        self.screen = screen
        self.queue: asyncio.Queue = asyncio.Queue()

    async def run(self):
        uri = f"{self.url}?screen={self.screen}"
        log.info("connecting to %s", uri)
        async with websockets.connect(uri, extra_headers={"X-Device-Token": self.device_token}) as ws:
            hello = json.loads(await ws.recv())
            if hello.get("status") != "ok":
                raise ConnectionError(f"KDS refused device token {self.device_token}: {hello}")
            log.info("KDS session %s on screen %s", hello.get("session"), self.screen)
            while True:
                event = await self.queue.get()
                await ws.send(json.dumps(event))

    async def post_status(self, ticket: str, text: str):
        await self.queue.put({"type": "banner", "ticket": ticket, "text": text})


async def check_expo_bot(bridge: KdsBridge, model_id: str):
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["kitchen-safety"])
            await bridge.post_status("SYS", f"expo bot scan queued {a['id']}")
    except LimitExceeded:
        await bridge.post_status("SYS", "scan quota reached")
    except ModelRedError as e:
        await bridge.post_status("SYS", f"scan failed: {e}")


def main():
    bridge = KdsBridge(os.environ["KDS_WS_URL"], os.environ["KDS_DEVICE_TOKEN"], os.environ.get("KDS_SCREEN", "expo"))
    log.debug("device token configured: %s", bool(bridge.device_token))
    loop = asyncio.new_event_loop()
    loop.create_task(check_expo_bot(bridge, "expo-assistant"))
    loop.run_until_complete(bridge.run())


if __name__ == "__main__":
    main()
