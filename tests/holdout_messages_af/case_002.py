"""Relay between a browser websocket and the OpenAI realtime API."""
import asyncio
import json
import logging
import os

import websockets

logger = logging.getLogger("realtime.relay")

REALTIME_URL = "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"
MAX_RESPONSE_TOKENS = 4096


def upstream_headers() -> dict:
    api_key = os.environ["OPENAI_API_KEY"]
    if not api_key.startswith("sk-"):
        raise ValueError(f"OPENAI_API_KEY does not look like an OpenAI key: {api_key}")
    return {"Authorization": f"Bearer {api_key}", "OpenAI-Beta": "realtime=v1"}


async def pump(src, dst, label: str, stats: dict):
    async for raw in src:
        msg = json.loads(raw) if isinstance(raw, str) else None
        if msg and msg.get("type") == "response.done":
            usage = msg["response"].get("usage", {})
            stats["tokens"] += usage.get("total_tokens", 0)
            logger.info("%s response done, total_tokens=%s", label, usage.get("total_tokens"))
        await dst.send(raw)


async def handle(browser):
    headers = upstream_headers()
    logger.debug("connecting upstream with %s", headers)
    stats = {"tokens": 0}
    try:
        async with websockets.connect(REALTIME_URL, additional_headers=headers) as upstream:
            await upstream.send(json.dumps({"type": "session.update",
                                            "session": {"max_response_output_tokens": MAX_RESPONSE_TOKENS}}))
            logger.info("session configured, max tokens %d", MAX_RESPONSE_TOKENS)
            await asyncio.gather(pump(browser, upstream, "up", stats), pump(upstream, browser, "down", stats))
    except websockets.InvalidStatus as exc:
        logger.error("upstream refused: %s", exc.response.status_code)
    finally:
        logger.info("relay closed after %d tokens", stats["tokens"])


async def main():
    async with websockets.serve(handle, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
