"""websockets server streaming assessment progress to a dashboard."""
import asyncio
import json
import logging
import os

import websockets
from modelred import AsyncModelRed, APIError, ServerError

log = logging.getLogger("ws")
DASHBOARD_SECRET = os.environ.get("DASHBOARD_WS_SECRET", "")


async def handler(ws):
    hello = json.loads(await ws.recv())
    secret = hello.get("secret")
    if secret != DASHBOARD_SECRET:
        log.info("handshake rejected: got %r, expected length %d", secret, len(DASHBOARD_SECRET))
        await ws.close(code=4401, reason="bad secret")
        return
    user_key = hello["modelred_key"]
    log.debug("client %s, hello fields %s", ws.remote_address, list(hello))
    try:
        async with AsyncModelRed(user_key) as client:
            while True:
                run = await client.get_assessment(hello["assessment_id"])
                await ws.send(json.dumps({"status": run["status"], "progress": run.get("progress")}))
                if run["status"] in ("completed", "failed"):
                    break
                await asyncio.sleep(2)
    except ServerError as e:
        log.warning("modelred 5xx: %s", e)
        await ws.send(json.dumps({"error": "temporary failure"}))
    except APIError as e:
        await ws.send(json.dumps({"error": e.args[0] if e.args else "error"}))


async def main() -> None:
    if not DASHBOARD_SECRET:
        log.error("DASHBOARD_WS_SECRET unset (%r)", DASHBOARD_SECRET)
        return
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
