"""Tutoring chat API (aiohttp) with Mistral, streaming answers to the LMS widget."""
import json
import logging
import os

from aiohttp import ClientSession, web

log = logging.getLogger("tutorchat")
routes = web.RouteTableDef()

MISTRAL_KEY = os.environ["MISTRAL_API_KEY"]
WIDGET_SECRET = os.environ["WIDGET_SHARED_SECRET"]
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def mistral_headers() -> dict:
    return {"Authorization": f"Bearer {MISTRAL_KEY}", "Content-Type": "application/json"}


@routes.post("/chat")
async def chat(request: web.Request) -> web.StreamResponse:
    secret = request.headers.get("X-Widget-Secret", "")
    if secret != WIDGET_SECRET:
        log.warning("widget auth failed from %s with secret %s", request.remote, secret)
        raise web.HTTPUnauthorized(text="bad widget secret")
    body = await request.json()
    payload = {"model": "mistral-small-latest", "max_tokens": 512, "stream": True,
               "messages": body["messages"]}
    resp = web.StreamResponse()
    await resp.prepare(request)
    async with ClientSession() as s:
        async with s.post(MISTRAL_URL, headers=mistral_headers(), data=json.dumps(payload)) as up:
            if up.status != 200:
                detail = await up.text()
                log.error("mistral %s: %s", up.status, detail)
                raise web.HTTPBadGateway(text=f"upstream {up.status}")
            async for chunk in up.content.iter_any():
                await resp.write(chunk)
    log.info("streamed answer; max_tokens=%s", payload["max_tokens"])
    return resp


async def on_startup(app: web.Application):
    log.info("mistral headers ready: %s", mistral_headers())
    log.info("widget secret length %d", len(WIDGET_SECRET))


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))
