"""Ghost CMS plugin backend (aiohttp): AI tags for new posts, ModelRed check on the tagger."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, Unauthorized, LimitExceeded
from groq import AsyncGroq

log = logging.getLogger("ghost.tagger")
routes = web.RouteTableDef()
groq = AsyncGroq(api_key=os.environ["GROQ_API_KEY"])
TAGGER_MODEL = "llama-3.1-8b-instant"


@routes.post("/ghost/webhook/post-published")
async def post_published(request: web.Request) -> web.Response:
    body = await request.json()
    post = body["post"]["current"]
    out = await groq.chat.completions.create(
        model=TAGGER_MODEL, max_tokens=60,
        messages=[{"role": "user", "content": f"Five comma-separated tags for: {post['title']}"}],
    )
    tags = [t.strip() for t in out.choices[0].message.content.split(",")][:5]
    log.info("post %s tagged %s (%d tokens)", post["id"], tags, out.usage.total_tokens)
    return web.json_response({"tags": tags})


@routes.post("/admin/scan-tagger")
async def scan_tagger(request: web.Request) -> web.Response:
    key = request.headers.get("X-ModelRed-Key") or os.environ.get("MODELRED_API_KEY", "")
    log.info("scan-tagger from %s, key supplied in header: %s", request.remote, "X-ModelRed-Key" in request.headers)
    try:
        async with AsyncModelRed(key) as mr:
            job = await mr.create_assessment(model_id=TAGGER_MODEL, probe_pack_ids=["tag-injection"])
    except Unauthorized:
        log.warning("ModelRed rejected key %s from %s", key, request.remote)
        return web.json_response({"error": "unauthorized"}, status=401)
    except LimitExceeded as e:
        return web.json_response({"error": "limit exceeded", "type": type(e).__name__}, status=429)
    except ModelRedError as e:
        return web.json_response({"error": str(e)}, status=502)
    return web.json_response({"assessment": job["id"]})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.getenv("PORT", "8081")))
