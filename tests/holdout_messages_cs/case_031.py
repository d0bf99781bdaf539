"""WebSocket console for curators: run a ModelRed scan of the research-desk bot and stream status."""
import asyncio
import json
import logging
import os

import websockets
from modelred import AsyncModelRed, APIError, NotFound, RateLimited, ValidationFailed

log = logging.getLogger("curator.console")
POLL_SECONDS = 10


class ScanConsole:
    def __init__(self):
        self.api_key = os.environ["MODELRED_API_KEY"]
        self.console_token = os.environ["CURATOR_CONSOLE_TOKEN"]
        log.info("console token configured (%d chars)", len(self.console_token))

    async def authorised(self, ws) -> bool:
        hello = json.loads(await ws.recv())
        presented = hello.get("token", "")
        if presented != self.console_token:
            log.warning("console auth failed from %s with token %s", ws.remote_address, presented)
            await ws.send(json.dumps({"error": "unauthorised"}))
            return False
        log.info("curator connected from %s", ws.remote_address)
        return True

    async def handle(self, ws):
        if not await self.authorised(ws):
            return
        req = json.loads(await ws.recv())
        async with AsyncModelRed(self.api_key) as mr:
            try:
                a = await mr.create_assessment_by_id(model_id=req["model_id"], probe_pack_ids=req["packs"])
            except ValidationFailed as e:
                await ws.send(json.dumps({"error": f"invalid request: {e}"}))
                return
            except (NotFound, RateLimited) as e:
                log.info("scan not started: %s", type(e).__name__)
                await ws.send(json.dumps({"error": "model unknown or scanner busy"}))
                return
            while True:
                try:
                    status = await mr.get_assessment(a["id"])
                except APIError as e:
                    log.error("polling %s failed: %s", a["id"], e)
                    await ws.send(json.dumps({"error": "status unavailable", "code": e.status_code}))
                    return
                await ws.send(json.dumps({"status": status["status"], "progress": status.get("progress")}))
                if status["status"] in ("COMPLETED", "FAILED", "CANCELLED"):
                    return
                await asyncio.sleep(POLL_SECONDS)


async def main() -> None:
    console = ScanConsole()
    async with websockets.serve(console.handle, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
