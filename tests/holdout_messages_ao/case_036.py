"""aiohttp ingestion service: accepts document URLs, fetches, chunks, embeds; exposes an audit hook."""
import logging
import os

import aiohttp
from aiohttp import web
from modelred import AsyncModelRed, APIError, Unauthorized

log = logging.getLogger("ingest.svc")
routes = web.RouteTableDef()

VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"
EMBED_MODEL = "voyage-3"


class Embedder:
    def __init__(self, session: aiohttp.ClientSession, voyage_key: str):
        self.session = session
        self.headers = {"Authorization": f"Bearer {voyage_key}", "Content-Type": "application/json"}

    async def embed(self, chunks: list[str]) -> list[list[float]]:
        async with self.session.post(VOYAGE_URL, json={"model": EMBED_MODEL, "input": chunks}, headers=self.headers) as resp:
            if resp.status != 200:
                log.error("voyage %s with headers %s", resp.status, self.headers)
                raise web.HTTPBadGateway(text=f"embedding failed: {resp.status}")
            data = await resp.json()
        log.info("embedded %d chunks (%s tokens)", len(chunks), data["usage"]["total_tokens"])
        return [d["embedding"] for d in data["data"]]


@routes.post("/ingest")
async def ingest(request: web.Request) -> web.Response:
    body = await request.json()
    async with request.app["http"].get(body["url"]) as r:
        text = await r.text()
    chunks = [text[i:i + 2000] for i in range(0, len(text), 2000)]
    vectors = await request.app["embedder"].embed(chunks)
    return web.json_response({"chunks": len(chunks), "dim": len(vectors[0]) if vectors else 0})


@routes.post("/audit/{model_id}")
async def audit(request: web.Request) -> web.Response:
    model_id = request.match_info["model_id"]
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["rag-poisoning"])
    except Unauthorized as e:
        log.error("modelred unauthorized: status %s", e.status_code)
        return web.json_response({"error": "audit service misconfigured"}, status=500)
    except APIError as e:
        return web.json_response({"error": f"audit failed: {e}"}, status=502)
    return web.json_response({"assessment": a["id"]}, status=202)


async def on_startup(app: web.Application) -> None:
    app["http"] = aiohttp.ClientSession()
    app["embedder"] = Embedder(app["http"], os.environ["VOYAGE_API_KEY"])


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app
