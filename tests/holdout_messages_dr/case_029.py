"""Sanic endpoint that streams ModelRed probe-pack data as server-sent events (SDK 0.1.40)."""
import asyncio
import json
import os

from sanic import Request, Sanic
from sanic.exceptions import SanicException, ServiceUnavailable
from sanic.log import logger

from modelred import Forbidden, ModelRed, RateLimited, Unauthorized

app = Sanic("packs_sse")


class PackService:
    def __init__(self, api_key: str):
        self._api_key = api_key
        self.timeout = 20.0

    def pack_data(self, pack_id: str) -> dict:
        with ModelRed(self._api_key, timeout=self.timeout, max_retries=1) as client:
            return client.get_probe_pack_data(pack_id)

    def describe(self) -> str:
        return "PackService(timeout={}, key=...{})".format(self.timeout, self._api_key[-4:])


@app.before_server_start
async def setup(app, _):
    app.ctx.packs = PackService(os.environ["MODELRED_API_KEY"])
    logger.info("pack service ready: %s", app.ctx.packs.describe())
    logger.debug("pack service key: {}".format(app.ctx.packs._api_key))


@app.get("/packs/<pack_id>/events")
async def pack_events(request: Request, pack_id: str):
    loop = asyncio.get_running_loop()
    try:
        data = await loop.run_in_executor(None, request.app.ctx.packs.pack_data, pack_id)
    except RateLimited as exc:
        raise ServiceUnavailable("ModelRed is rate limiting, retry after %s s" % exc.retry_after)
    except (Unauthorized, Forbidden) as exc:
        logger.error("pack %s refused: %s", pack_id, type(exc).__name__)
        raise SanicException(f"ModelRed refused the request: {exc}", status_code=502)
    response = await request.respond(content_type="text/event-stream")
    for probe in data.get("probes", []):
        event = {"id": probe["id"], "category": probe.get("category")}
        await response.send(f"event: probe\ndata: {json.dumps(event)}\n\n")
    await response.send("event: end\ndata: {}\n\n")
    await response.eof()


@app.get("/health")
async def health(request: Request):
    from sanic.response import json as json_response

    return json_response({"ok": True, "timeout": request.app.ctx.packs.timeout})


if __name__ == "__main__":
    app.run(port=8002)
