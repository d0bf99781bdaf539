"""Realtime translation hub on the `websockets` library, backed by Mistral."""
import asyncio
import json
import logging
import os

import websockets
from mistralai import Mistral

logging.basicConfig(level=logging.INFO)
hub_log = logging.getLogger("hub")

PROVIDER = os.environ.get("HUB_PROVIDER", "MISTRAL")
ALLOWED_KEYS = set(filter(None, os.environ.get("HUB_CLIENT_KEYS", "").split(":")))


def provider_client():
    key_var = f"{PROVIDER}_API_KEY"
    provider_key = os.environ[key_var]
    hub_log.info("using provider key from %s", key_var)
    hub_log.debug("using %s=%s", key_var, provider_key)
    return Mistral(api_key=provider_key)


mistral = provider_client()


async def authenticate(ws):
    raw = await asyncio.wait_for(ws.recv(), timeout=5)
    hello = json.loads(raw)
    client_key = hello.get("api_key", "")
    if client_key not in ALLOWED_KEYS:
        hub_log.warning("rejected client key %s from %s", client_key, ws.remote_address)
        await ws.close(code=4003, reason="invalid api key")
        return None
    hub_log.info("client %s authenticated, lang=%s", ws.remote_address, hello.get("target_lang"))
    return hello


async def handler(ws):
    hello = await authenticate(ws)
    if hello is None:
        return
    target = hello.get("target_lang", "en")
    async for message in ws:
        try:
            res = await mistral.chat.complete_async(
                model="mistral-small-latest",
                messages=[{"role": "system", "content": f"Translate into {target}."}, {"role": "user", "content": message}],
            )
        except Exception as exc:
            hub_log.error("translation failed: %s", type(exc).__name__)
            await ws.send(json.dumps({"error": "translation failed"}))
            continue
        hub_log.info("translated %d chars, %d tokens", len(message), res.usage.total_tokens)
        await ws.send(json.dumps({"text": res.choices[0].message.content}))


async def main():
    hub_log.info("hub starting with %d client keys", len(ALLOWED_KEYS))
    async with websockets.serve(handler, "0.0.0.0", int(os.environ.get("HUB_PORT", "8765"))):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
