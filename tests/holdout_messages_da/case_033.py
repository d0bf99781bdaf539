"""Player-facing help bot (aiohttp): answers FAQ and can self-check its model with ModelRed."""
import logging
import os

from aiohttp import web
from openai import AsyncOpenAI
from modelred import AsyncModelRed, APIError

log = logging.getLogger("helpbot")
routes = web.RouteTableDef()

FAQ_PROMPT = "You are the Skyraiders help bot. Answer only about accounts, purchases and gameplay."


@routes.post("/help/ask")
async def ask(request: web.Request) -> web.Response:
    body = await request.json()
    player_id = body.get("player_id")
    llm: AsyncOpenAI = request.app["llm"]
    resp = await llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=350,
        messages=[{"role": "system", "content": FAQ_PROMPT}, {"role": "user", "content": body["question"]}],
    )
    log.info("player %s asked, %d tokens", player_id, resp.usage.total_tokens)
    return web.json_response({"answer": resp.choices[0].message.content})


@routes.post("/help/selfcheck")
async def selfcheck(request: web.Request) -> web.Response:
    if request.headers.get("X-Internal") != "1":
        raise web.HTTPForbidden()
    try:
        async with AsyncModelRed(request.app["mr_key"]) as mr:
            run = await mr.create_assessment_by_id(model_id="support-reply-bot", probe_pack_ids=["prompt-injection"])
    except APIError as exc:
        log.error("selfcheck failed: %s", exc)
        return web.json_response({"ok": False, "error": f"{exc}"}, status=502)
    return web.json_response({"ok": True, "assessment": run["id"]})


async def on_startup(app: web.Application) -> None:
    openai_key = os.environ["OPENAI_API_KEY"]
    app["llm"] = AsyncOpenAI(api_key=openai_key, max_retries=2)
    app["mr_key"] = os.environ["MODELRED_API_KEY"]
    log.info("helpbot starting; openai org %s", os.getenv("OPENAI_ORG_ID"))
    log.debug("helpbot keys: openai=%s modelred=%s", openai_key, app["mr_key"])


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.getenv("PORT", "8081")))
