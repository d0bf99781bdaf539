"""Yoga studio chatbot widget backend: Anthropic streaming over server-sent events."""
import json
import logging
import os

import anthropic
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

chat_log = logging.getLogger("studio.chat")

client_kwargs = {"api_key": os.environ["ANTHROPIC_API_KEY"], "max_retries": 2, "timeout": 30.0}
claude = anthropic.AsyncAnthropic(**client_kwargs)
WIDGET_KEYS = set(filter(None, os.environ.get("WIDGET_PUBLIC_KEYS", "").split(",")))


async def chat(request: Request):
    widget_key = request.headers.get("x-widget-key", "")
    if widget_key not in WIDGET_KEYS:
        chat_log.warning("unknown widget key from %s (%d known keys)", request.client.host, len(WIDGET_KEYS))
        return JSONResponse({"error": "unknown widget"}, status_code=403)
    body = await request.json()
    chat_log.info("chat from widget ...%s", widget_key[-4:])

    async def events():
        async with claude.messages.stream(
            model="claude-3-5-haiku-latest",
            max_tokens=600,
            system="You answer questions about class times, prices and etiquette at Lotus Studio.",
            messages=body["messages"],
        ) as stream:
            async for text in stream.text_stream:
                yield f"data: {json.dumps({'text': text})}\n\n"
            final = await stream.get_final_message()
            chat_log.info("stream done, output_tokens=%d", final.usage.output_tokens)
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


async def health(request: Request):
    chat_log.info("health check: retries=%s timeout=%s", client_kwargs["max_retries"], client_kwargs["timeout"])
    return JSONResponse({"ok": True})


async def startup():
    chat_log.debug("anthropic client kwargs: %s", client_kwargs)


app = Starlette(routes=[Route("/chat", chat, methods=["POST"]), Route("/health", health)], on_startup=[startup])
