"""Async cost tracker middleware for an aiohttp LLM proxy."""
import logging
import time

from aiohttp import ClientSession, web

log = logging.getLogger("proxy.cost")
UPSTREAM = "https://api.openai.com/v1/chat/completions"
PRICE = {"gpt-4o-mini": (0.15e-6, 0.6e-6)}


@web.middleware
async def cost_middleware(request: web.Request, handler):
    t0 = time.perf_counter()
    resp = await handler(request)
    usage = request.get("usage") or {}
    model = request.get("model", "?")
    p_in, p_out = PRICE.get(model, (0.0, 0.0))
    cost = usage.get("prompt_tokens", 0) * p_in + usage.get("completion_tokens", 0) * p_out
    log.info("%s %s %.1fms cost=$%.6f tokens=%s", request.method, model, (time.perf_counter() - t0) * 1000, cost, usage.get("total_tokens"))
    return resp


async def chat(request: web.Request) -> web.Response:
    auth = request.headers.get("Authorization", "")
    body = await request.json()
    request["model"] = body.get("model")
    if not auth.startswith("Bearer sk-"):
        log.warning("rejecting malformed Authorization header: %s", auth)
        raise web.HTTPUnauthorized(text="expected Bearer sk-... Authorization")
    async with ClientSession() as s:
        async with s.post(UPSTREAM, json=body, headers={"Authorization": auth}) as up:
            data = await up.json()
            if up.status >= 400:
                log.error("upstream %s: %s", up.status, data.get("error", {}).get("message"))
                raise web.HTTPBadGateway(text=f"upstream {up.status}")
    request["usage"] = data.get("usage", {})
    return web.json_response(data)


async def debug_echo(request: web.Request) -> web.Response:
    return web.json_response({"headers_seen": sorted(request.headers.keys())})


def make_app() -> web.Application:
    app = web.Application(middlewares=[cost_middleware])
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_get("/debug/echo", debug_echo)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8089)
