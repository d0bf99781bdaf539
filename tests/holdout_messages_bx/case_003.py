"""Fleet dashboard backend: DJI telemetry in, risk notes from an LLM out (websockets)."""
import asyncio
import json
import logging
import os

import websockets
from modelred import AsyncModelRed, RateLimitError, ModelRedError

log = logging.getLogger("fleet.ws")

MR_KEY = os.getenv("MODELRED_API_KEY")
DJI_APP_KEY = os.getenv("DJI_APP_KEY")
DJI_APP_ID = os.getenv("DJI_APP_ID", "fleet-dashboard")
CLIENTS = set()


async def broadcast(event: dict):
    data = json.dumps(event)
    await asyncio.gather(*(ws.send(data) for ws in CLIENTS), return_exceptions=True)


async def start_assessment(ws, model_name: str):
    try:
        async with AsyncModelRed(api_key=MR_KEY) as mr:
            job = await mr.create_assessment(model=model_name, test_types=["prompt_injection"], priority="high")
            await ws.send(json.dumps({"type": "assessment", "id": job["id"]}))
    except RateLimitError as e:
        log.warning("rate limited by ModelRed: %s", e)
        await ws.send(json.dumps({"type": "error", "message": "busy, retry later"}))
    except ModelRedError as e:
        await ws.send(json.dumps({"type": "error", "message": f"assessment failed: {e}"}))


async def handler(ws):
    CLIENTS.add(ws)
    log.info("dashboard client connected app_id=%s", DJI_APP_ID)
    try:
        async for raw in ws:
            msg = json.loads(raw)
            if msg.get("type") == "assess":
                await start_assessment(ws, msg["model"])
            elif msg.get("type") == "telemetry":
                await broadcast({"type": "telemetry", "drone": msg["sn"], "alt": msg["alt"]})
    finally:
        CLIENTS.discard(ws)


async def main():
    log.info("ModelRed key configured: %s", MR_KEY is not None)
    log.info("DJI app key configured: %s", bool(DJI_APP_KEY))
    log.debug("DJI app key=%s id=%s", DJI_APP_KEY, DJI_APP_ID)
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
