"""Aiohttp service answering guests' menu questions on the QR-code table page."""
import json
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, RateLimited
from openai import AsyncOpenAI

access_log = logging.getLogger("tablepage.access")
log = logging.getLogger("tablepage")

routes = web.RouteTableDef()
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])


@routes.post("/ask")
async def ask(request: web.Request) -> web.Response:
    table = request.query.get("table", "?")
    session_token = request.headers.get("X-Table-Session", "")
    access_log.info("ask from table %s session %s", table, session_token)
    body = await request.json()
    out = await llm.chat.completions.create(model="gpt-4o-mini", max_tokens=200, messages=[{"role": "user", "content": body["q"]}])
    access_log.info("table %s used %d tokens", table, out.usage.total_tokens)
    return web.json_response({"answer": out.choices[0].message.content})


@routes.post("/admin/scan")
async def scan(request: web.Request) -> web.Response:
    data = await request.json()
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"], max_retries=1) as mr:
            res = await mr.create_assessment(model_id=data["model_id"], probe_pack_ids=data.get("packs", ["guest-safety"]))
    except RateLimited as e:
        return web.json_response({"error": "rate limited", "retry_after": e.retry_after}, status=429)
    except ModelRedError as e:
        log.warning("scan failed: %s", e)
        return web.json_response({"error": str(e)}, status=502)
    return web.json_response(res)


@routes.get("/admin/env")
async def env(request: web.Request) -> web.Response:
    visible = {k: ("set" if v else "") for k, v in os.environ.items() if k.endswith("_API_KEY")}
    log.info("env check %s", json.dumps(visible))
    return web.json_response(visible)


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
