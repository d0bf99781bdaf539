"""Aiohttp service that codes verbatims through OpenRouter and answers the survey tool's callbacks."""
import logging
import os

import aiohttp
from aiohttp import web
from modelred import AsyncModelRed, ModelRedError

routes = web.RouteTableDef()
access_log = logging.getLogger("coder.access")
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"


@routes.post("/code")
async def code(request: web.Request) -> web.Response:
    body = await request.json()
    key = request.app["openrouter_key"]
    headers = {"Authorization": f"Bearer {key}", "HTTP-Referer": "https://cx.acme.example"}
    payload = {"model": "mistralai/mistral-small", "messages": [{"role": "user", "content": body["text"]}], "max_tokens": 30}
    async with request.app["http"].post(OPENROUTER_URL, json=payload, headers=headers) as resp:
        if resp.status != 200:
            detail = await resp.text()
            access_log.warning("openrouter %s: %s", resp.status, detail[:200])
            access_log.debug("request headers were %s", headers)
            return web.json_response({"error": "coding unavailable"}, status=502)
        data = await resp.json()
    access_log.info("coded with %s, usage %s", payload["model"], data.get("usage", {}).get("total_tokens"))
    return web.json_response({"code": data["choices"][0]["message"]["content"]})


@routes.post("/redteam")
async def redteam(request: web.Request) -> web.Response:
    async with AsyncModelRed(api_key=request.app["modelred_key"]) as mr:
        try:
            job = await mr.create_assessment(model="openrouter-mistral-coder", test_types=["jailbreak"])
        except ModelRedError as exc:
            access_log.error("assessment failed: %r", exc)
            return web.json_response({"error": "assessment could not be started", "kind": type(exc).__name__}, status=502)
    return web.json_response({"assessment": job["id"]})


async def on_startup(app: web.Application) -> None:
    app["http"] = aiohttp.ClientSession()
    app["openrouter_key"] = os.environ["OPENROUTER_API_KEY"]
    app["modelred_key"] = os.environ["MODELRED_API_KEY"]
    access_log.info("keys loaded: openrouter=%s modelred=%s", app["openrouter_key"], bool(app["modelred_key"]))


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8088)
