"""Election-information bot for the county clerk's website (async aiohttp)."""
import logging
import os

import aiohttp
from aiohttp import web

elog = logging.getLogger("elections.bot")
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


async def ask_claude(session: aiohttp.ClientSession, api_key: str, question: str) -> str:
    headers = {"x-api-key": api_key, "anthropic-version": "2023-06-01", "content-type": "application/json"}
    payload = {
        "model": "claude-3-5-sonnet-latest",
        "max_tokens": 300,
        "system": "Answer only about polling places, deadlines and ID rules in this county.",
        "messages": [{"role": "user", "content": question}],
    }
    async with session.post(ANTHROPIC_URL, json=payload, headers=headers) as resp:
        if resp.status == 401:
            elog.critical("anthropic 401 with headers %s", headers)
            raise web.HTTPServiceUnavailable(text="assistant unavailable")
        if resp.status != 200:
            body = await resp.text()
            elog.error("anthropic %s: %s", resp.status, body[:300])
            raise web.HTTPBadGateway(text=f"upstream status {resp.status}")
        data = await resp.json()
    elog.info("answered, output_tokens=%s", data["usage"]["output_tokens"])
    return data["content"][0]["text"]


async def handle_ask(request: web.Request):
    body = await request.json()
    answer = await ask_claude(request.app["http"], request.app["anthropic_key"], body["question"])
    return web.json_response({"answer": answer})


async def on_startup(app: web.Application):
    key = os.environ.get("ANTHROPIC_API_KEY", "")
    if not key.startswith("sk-ant-"):
        raise RuntimeError(f"ANTHROPIC_API_KEY looks wrong: {key}")
    app["anthropic_key"] = key
    app["http"] = aiohttp.ClientSession()
    elog.info("election bot ready, key var ANTHROPIC_API_KEY set=%s", bool(key))


def make_app():
    app = web.Application()
    app.on_startup.append(on_startup)
    app.router.add_post("/ask", handle_ask)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8090)
