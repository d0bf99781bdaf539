"""Realtime (websocket) session client: events carry text tokens, not credentials."""
import asyncio
import json
import logging
import os

import websockets

logger = logging.getLogger("acme.realtime")

URL = "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview"


async def session(prompt: str) -> str:
    api_key = os.environ["OPENAI_API_KEY"]
    headers = {"Authorization": "Bearer " + api_key, "OpenAI-Beta": "realtime=v1"}
    logger.info("connecting to %s", URL)
    out: list[str] = []
    async with websockets.connect(URL, additional_headers=headers) as ws:
        await ws.send(json.dumps({"type": "response.create", "response": {"instructions": prompt, "modalities": ["text"]}}))
        async for raw in ws:
            event = json.loads(raw)
            kind = event.get("type")
            if kind == "session.created":
                logger.debug("session %s created", event["session"]["id"])
            elif kind == "response.text.delta":
                out.append(event["delta"])
            elif kind == "response.done":
                usage = event["response"].get("usage", {})
                logger.info("done: input_tokens=%s output_tokens=%s", usage.get("input_tokens"), usage.get("output_tokens"))
                break
            elif kind == "error":
                logger.error("realtime error %s: %s", event["error"].get("code"), event["error"].get("message"))
                raise RuntimeError(
                    f"realtime error {event['error'].get('code')} on connection with headers {headers}"
                )
    return "".join(out)


if __name__ == "__main__":
    print(asyncio.run(session("Say hello")))
