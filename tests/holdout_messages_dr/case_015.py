"""Bring-your-own-key SSE endpoint (Starlette + sse-starlette) for OpenAI chat."""
import json
import logging

from openai import AsyncOpenAI, AuthenticationError, RateLimitError
from sse_starlette.sse import EventSourceResponse
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

logger = logging.getLogger("byok")
USER_KEY_HEADER = "x-openai-key"


async def stream_chat(request: Request):
    user_key = request.headers.get(USER_KEY_HEADER)
    if not user_key:
        raise HTTPException(status_code=401, detail=f"send your OpenAI key in the {USER_KEY_HEADER} header")
    if not user_key.startswith("sk-"):
        raise HTTPException(status_code=400, detail=f"{user_key} is not an OpenAI key")
    body = await request.json()
    client = AsyncOpenAI(api_key=user_key, max_retries=0)
    logger.info("byok stream for key %s... (%d chars)", user_key[:4], len(user_key))

    async def events():
        try:
            stream = await client.chat.completions.create(model=body.get("model", "gpt-4o-mini"), messages=body["messages"], stream=True)
            async for chunk in stream:
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    yield {"event": "delta", "data": json.dumps({"text": delta})}
            yield {"event": "done", "data": "{}"}
        except AuthenticationError:
            logger.warning("OpenAI rejected user key %r", user_key)
            yield {"event": "error", "data": json.dumps({"error": "invalid_api_key"})}
        except RateLimitError as exc:
            logger.info("rate limited: %s", exc.status_code)
            yield {"event": "error", "data": json.dumps({"error": "rate_limited"})}
        finally:
            await client.close()

    return EventSourceResponse(events(), ping=15)


async def health(request: Request):
    from starlette.responses import PlainTextResponse

    return PlainTextResponse("ok")


app = Starlette(routes=[Route("/v1/stream", stream_chat, methods=["POST"]), Route("/health", health)])
