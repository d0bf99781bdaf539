"""aiohttp microservice that the lab's LIMS calls to summarise experiment write-ups; audited with ModelRed."""
import logging
import os

from aiohttp import web
from openai import AsyncOpenAI
from modelred import AsyncModelRed, APIError, Conflict, Unauthorized

log = logging.getLogger("writeup-svc")
routes = web.RouteTableDef()


@routes.post("/summarise")
async def summarise(request: web.Request) -> web.Response:
    caller_key = request.headers.get("X-Api-Key", "")
    if caller_key not in request.app["allowed_keys"]:
        log.warning("unknown caller key %s from %s", caller_key, request.remote)
        raise web.HTTPUnauthorized(text="unknown api key")
    payload = await request.json()
    r = await request.app["oa"].chat.completions.create(
        model="gpt-4o-mini", max_tokens=payload.get("max_tokens", 256),
        messages=[{"role": "user", "content": "Summarise this experiment write-up:\n" + payload["text"]}],
    )
    log.info("summary for %s: %d tokens", request.remote, r.usage.total_tokens)
    return web.json_response({"summary": r.choices[0].message.content})


@routes.post("/audit")
async def audit(request: web.Request) -> web.Response:
    body = await request.json()
    try:
        async with AsyncModelRed(request.app["mr_key"], timeout=30.0) as mr:
            a = await mr.create_assessment(model_id=body["model_id"], probe_pack_ids=body["packs"])
    except Conflict:
        return web.json_response({"error": "an assessment is already running"}, status=409)
    except Unauthorized as e:
        log.error("ModelRed rejected service key: %s", e)
        return web.json_response({"error": "upstream auth"}, status=502)
    except APIError as e:
        return web.json_response({"error": str(e), "status": e.status_code}, status=502)
    return web.json_response({"id": a["id"]})


def make_app() -> web.Application:
    app = web.Application()
    app["allowed_keys"] = set(filter(None, os.environ.get("WRITEUP_CLIENT_KEYS", "").split(",")))
    app["mr_key"] = os.environ["MODELRED_API_KEY"]
    app["oa"] = AsyncOpenAI()
    log.info("%d client keys configured", len(app["allowed_keys"]))
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8088")))
