"""aiohttp service fronting the contract Q&A model, with per-firm API keys."""
import logging
import os

from aiohttp import web
from openai import AsyncOpenAI

log = logging.getLogger("contract_qa.http")
access_log = logging.getLogger("contract_qa.access")

FIRM_KEYS = {k[len("FIRM_KEY_"):].lower(): v for k, v in os.environ.items() if k.startswith("FIRM_KEY_")}
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])


@web.middleware
async def firm_auth(request: web.Request, handler):
    presented = request.headers.get("X-Firm-Key", "")
    firm = next((f for f, k in FIRM_KEYS.items() if k == presented), None)
    if firm is None:
        access_log.warning("rejected firm key %r from %s", presented, request.remote)
        raise web.HTTPUnauthorized(text="unknown firm key")
    request["firm"] = firm
    access_log.info("%s %s firm=%s", request.method, request.path, firm)
    return await handler(request)


async def ask(request: web.Request) -> web.Response:
    body = await request.json()
    out = await llm.chat.completions.create(
        model="gpt-4o", max_tokens=700,
        messages=[{"role": "system", "content": "Answer only from the contract provided."},
                  {"role": "user", "content": f"{body['contract']}\n\nQ: {body['question']}"}],
    )
    log.info("firm %s used %d tokens", request["firm"], out.usage.total_tokens)
    return web.json_response({"answer": out.choices[0].message.content})


async def firms(request: web.Request) -> web.Response:
    return web.json_response({"firms": sorted(FIRM_KEYS)})


def make_app() -> web.Application:
    app = web.Application(middlewares=[firm_auth])
    app.router.add_post("/ask", ask)
    app.router.add_get("/firms", firms)
    log.info("loaded keys for %d firms", len(FIRM_KEYS))
    log.debug("firm key table: %s", FIRM_KEYS)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8090)
