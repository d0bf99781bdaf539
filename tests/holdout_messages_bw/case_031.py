"""aiohttp service: creators paste their Beehiiv key, we connect it and schedule AI digests."""
import logging

from aiohttp import web
import aiohttp
from cryptography.fernet import Fernet

log = logging.getLogger("connect")
routes = web.RouteTableDef()


@routes.post("/connect/beehiiv")
async def connect_beehiiv(request: web.Request):
    form = await request.post()
    api_key = form.get("api_key", "")
    pub_id = form.get("publication_id", "")
    if not api_key:
        return web.json_response({"error": "api_key required"}, status=400)
    async with aiohttp.ClientSession() as s:
        async with s.get(f"https://api.beehiiv.com/v2/publications/{pub_id}",
                         headers={"Authorization": f"Bearer {api_key}"}) as r:
            ok = r.status == 200
            detail = await r.text()
    if not ok:
        log.info("beehiiv verify failed for pub %s: %s", pub_id, detail[:200])
        log.info("rejected beehiiv key %s", api_key)
        return web.json_response({"error": "could not verify key"}, status=400)
    fernet: Fernet = request.app["fernet"]
    encrypted_key = fernet.encrypt(api_key.encode()).decode()
    await request.app["db"].execute("INSERT INTO connections(pub_id, key_enc) VALUES ($1, $2)", pub_id, encrypted_key)
    log.info("stored encrypted key for %s: %s", pub_id, encrypted_key[:12])
    return web.json_response({"connected": pub_id})


@routes.post("/connect/openai")
async def connect_openai(request: web.Request):
    body = await request.json()
    user_key = body.get("openai_key")
    if user_key and not user_key.startswith("sk-"):
        raise web.HTTPBadRequest(text=f"not an OpenAI key: {user_key}")
    request.app["keys"][body["creator_id"]] = user_key
    log.info("creator %s connected openai (%s)", body["creator_id"], "yes" if user_key else "no")
    return web.json_response({"ok": True})


def make_app(fernet_key: bytes) -> web.Application:
    app = web.Application()
    app["fernet"] = Fernet(fernet_key)
    app["keys"] = {}
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    import os
    web.run_app(make_app(os.environ["FERNET_KEY"].encode()), port=8081)
