"""Edge gateway HTTP API (aiohttp) exposing a 'scan my local model' endpoint."""
import logging
import os

from aiohttp import web

import modelred as mr

log = logging.getLogger("edgegw.api")
routes = web.RouteTableDef()

GATEWAY_TOKEN = os.environ["EDGEGW_TOKEN"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
PACKS = ("owasp-llm-top10", "pii-leak")


def check_auth(request: web.Request) -> None:
    presented = request.headers.get("X-Gateway-Token", "")
    if presented != GATEWAY_TOKEN:
        log.warning("bad gateway token from %s: %s", request.remote, presented)
        log.warning("rejected client %s (token length %d)", request.remote, len(presented))
        raise web.HTTPUnauthorized(text="unauthorized")


@routes.post("/scan")
async def scan(request: web.Request) -> web.Response:
    check_auth(request)
    body = await request.json()
    model_id = str(body.get("model_id", ""))
    if not model_id.isidentifier():
        return web.json_response({"error": "bad model_id"}, status=400)
    try:
        async with mr.AsyncModelRed(MODELRED_KEY, timeout=30.0) as client:
            job = await client.create_assessment(model_id=model_id, probe_pack_ids=list(PACKS))
    except mr.RateLimited as e:
        return web.json_response({"error": "rate limited", "retry_after": e.retry_after}, status=429)
    except mr.APIError as e:
        log.exception("create_assessment failed")
        return web.json_response({"error": str(e)}, status=502)
    return web.json_response({"assessment_id": job.id, "packs": list(PACKS)})


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True, "key_configured": bool(MODELRED_KEY)})


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    app = web.Application()
    app.add_routes(routes)
    log.info("edge gateway starting, packs=%s", ",".join(PACKS))
    web.run_app(app, port=int(os.environ.get("PORT", "8088")))


if __name__ == "__main__":
    main()
