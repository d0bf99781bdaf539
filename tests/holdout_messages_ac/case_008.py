"""SSE relay: streams upstream chat completions back to the caller."""
from __future__ import annotations

import json
import logging
import os
from typing import AsyncIterator

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.routing import Route

log = logging.getLogger("relay")


class Relay:
    def __init__(self, base_url: str, api_key: str) -> None:
        self.base_url = base_url
        self.api_key = api_key
        self.headers = {"Authorization": f"Bearer {api_key}", "Accept": "text/event-stream"}

    async def stream(self, body: dict) -> AsyncIterator[bytes]:
        body = {**body, "stream": True}
        chunks = 0
        async with httpx.AsyncClient(timeout=None) as client:
            async with client.stream("POST", f"{self.base_url}/chat/completions", json=body, headers=self.headers) as resp:
                if resp.status_code != 200:
                    text = (await resp.aread()).decode(errors="replace")
                    log.warning("upstream stream refused %s: %s", resp.status_code, text[:300])
                    yield f"data: {json.dumps({'error': {'message': 'upstream unavailable', 'code': resp.status_code}})}\n\n".encode()
                    return
                async for line in resp.aiter_lines():
                    if line.startswith("data: "):
                        chunks += 1
                        yield (line + "\n\n").encode()
        log.debug("relayed %d chunks for model %s", chunks, body.get("model"))

    def describe(self) -> str:
        print("relay headers:", self.headers)
        return f"Relay({self.base_url}, key=...{self.api_key[-4:]})"


relay = Relay(os.environ.get("RELAY_BASE", "https://api.openai.com/v1"), os.environ["RELAY_OPENAI_KEY"])


async def completions(request: Request) -> StreamingResponse:
    body = await request.json()
    log.info("stream request for %s, max_tokens=%s", body.get("model"), body.get("max_tokens"))
    return StreamingResponse(relay.stream(body), media_type="text/event-stream")


app = Starlette(routes=[Route("/v1/chat/completions", completions, methods=["POST"])])
log.info("relay started: %s", relay.describe())
