"""Starlette SSE proxy: streams chat completions to the web client."""
import json
import logging
import os

import httpx
from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.routing import Route

log = logging.getLogger("sse.chat")
UPSTREAM = os.environ.get("LLM_BASE_URL", "https://api.openai.com/v1")
DEFAULT_KEY = os.environ.get("OPENAI_API_KEY", "")


def build_request(body: dict, user_key: str | None) -> dict:
    key = user_key or DEFAULT_KEY
    return {
        "url": f"{UPSTREAM}/chat/completions",
        "headers": {"Authorization": f"Bearer {key}"},
        "json": {"model": body.get("model", "gpt-4o-mini"), "stream": True,
                 "max_tokens": int(body.get("max_tokens", 512)), "messages": body["messages"]},
    }


async def chat(request):
    body = await request.json()
    user_key = request.headers.get("x-user-openai-key")
    req = build_request(body, user_key)
    log.debug("upstream request %s", req)
    log.debug("upstream model %s max_tokens %s", req["json"]["model"], req["json"]["max_tokens"])
    if user_key is not None and not user_key.startswith("sk-"):
        raise ValueError("x-user-openai-key is malformed: " + user_key)

    async def events():
        async with httpx.AsyncClient(timeout=None) as client:
            async with client.stream("POST", req["url"], headers=req["headers"], json=req["json"]) as resp:
                if resp.status_code != 200:
                    err = await resp.aread()
                    log.warning("upstream %s: %s", resp.status_code, err[:200])
                    yield f"data: {json.dumps({'error': resp.status_code})}\n\n"
                    return
                async for line in resp.aiter_lines():
                    if line.startswith("data: "):
                        yield line + "\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


app = Starlette(routes=[Route("/v1/chat/stream", chat, methods=["POST"])])
