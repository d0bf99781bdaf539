"""Agent gateway (aiohttp): users bring their own provider keys in a header; we fan out to tools."""
import logging

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, RateLimited, Unauthorized

log = logging.getLogger("gateway")
routes = web.RouteTableDef()
BYOK_HEADER = "X-Provider-Key"
MR_HEADER = "X-ModelRed-Key"


@routes.post("/v1/agent/scan")
async def scan(request: web.Request) -> web.Response:
    provider_key = request.headers.get(BYOK_HEADER)
    mr_key = request.headers.get(MR_HEADER)
    if not mr_key:
        return web.json_response({"error": f"send your ModelRed key in {MR_HEADER}"}, status=400)
    body = await request.json()
    log.info("scan for model %s packs=%s byok=%s", body.get("model_id"), body.get("packs"), provider_key is not None)
    async with AsyncModelRed(mr_key, timeout=20.0) as client:
        try:
            job = await client.create_assessment(
                model_id=body["model_id"], probe_pack_ids=body.get("packs", []), detector_api_key=provider_key
            )
        except Unauthorized:
            log.warning("gateway: modelred rejected key %s", mr_key)
            return web.json_response({"error": "ModelRed key rejected"}, status=401)
        except RateLimited as e:
            return web.json_response({"error": "rate limited", "retry_after": getattr(e, "retry_after", None)}, status=429)
        except ModelRedError as e:
            return web.json_response({"error": str(e)}, status=502)
    return web.json_response({"assessment_id": job["id"]})


@routes.get("/v1/agent/whoami")
async def whoami(request: web.Request) -> web.Response:
    mr_key = request.headers.get(MR_HEADER, "")
    return web.json_response({"key_hint": mr_key[-4:], "header": MR_HEADER})


@web.middleware
async def access_log(request: web.Request, handler):
    resp = await handler(request)
    log.info("%s %s -> %s", request.method, request.path, resp.status)
    if resp.status >= 500:
        log.error("5xx for %s (byok header present=%s)", request.path, BYOK_HEADER in request.headers)
    return resp


app = web.Application(middlewares=[access_log])
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=8088)
