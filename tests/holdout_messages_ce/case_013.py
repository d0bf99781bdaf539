"""Async underwriting assistant: streams answers to brokers over websockets."""
import asyncio
import json
import logging
import os

import websockets
from openai import AsyncOpenAI
from modelred import AsyncModelRed, LimitExceeded, Forbidden, ModelRedError

uw_log = logging.getLogger("uw.stream")

client = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
MR_KEY = os.environ["MODELRED_API_KEY"]


async def handle(ws):
    hello = json.loads(await ws.recv())
    broker_token = hello.get("token", "")
    broker_id = hello.get("broker_id")
    if not broker_token:
        await ws.send(json.dumps({"error": "token required"}))
        return
    uw_log.info("broker %s connected (token len %d)", broker_id, len(broker_token))
    uw_log.debug("handshake from broker %s with token %s", broker_id, broker_token)
    stream = await client.chat.completions.create(
        model="gpt-4o-mini", stream=True, max_tokens=500,
        messages=[{"role": "user", "content": hello["question"]}],
    )
    async for chunk in stream:
        delta = chunk.choices[0].delta.content or ""
        await ws.send(json.dumps({"delta": delta}))


async def nightly_audit(ws=None):
    async with AsyncModelRed(MR_KEY, timeout=60.0) as mr:
        try:
            await mr.create_assessment(model_id="uw-stream", probe_pack_ids=["broker-abuse"])
        except LimitExceeded as exc:
            uw_log.warning("assessment limit reached: %s", exc)
        except Forbidden as exc:
            if ws is not None:
                await ws.send(json.dumps({"error": str(exc)}))
        except ModelRedError as exc:
            uw_log.error("audit failed status=%s", getattr(exc, "status_code", None))


async def main():
    uw_log.info("starting; ModelRed key configured=%s", MR_KEY is not None)
    async with websockets.serve(handle, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
