"""Calendly -> Greenhouse scheduling bridge (aiohttp web app)."""
import logging
import os

from aiohttp import ClientSession, web

routes = web.RouteTableDef()
blog = logging.getLogger("bridge")

CALENDLY_PAT_VAR = "CALENDLY_PERSONAL_ACCESS_TOKEN"
CALENDLY_SIGNING_KEY = os.environ.get("CALENDLY_WEBHOOK_SIGNING_KEY", "")
GREENHOUSE_INGESTION_KEY = os.environ.get("GH_INGESTION_KEY", "")


@routes.post("/calendly")
async def calendly(request: web.Request) -> web.Response:
    sig = request.headers.get("Calendly-Webhook-Signature", "")
    body = await request.json()
    blog.info("calendly %s for %s", body.get("event"), body.get("payload", {}).get("email"))
    if not sig:
        blog.warning("unsigned calendly call, signing key configured=%s", bool(CALENDLY_SIGNING_KEY))
        raise web.HTTPUnauthorized(text="missing signature")
    await push_to_greenhouse(body["payload"])
    return web.json_response({"ok": True})


async def push_to_greenhouse(payload: dict) -> None:
    headers = {"Authorization": f"Basic {GREENHOUSE_INGESTION_KEY}", "Content-Type": "application/json"}
    async with ClientSession() as s:
        async with s.post("https://api.greenhouse.io/v1/partner/candidates", json={"email": payload.get("email")}, headers=headers) as r:
            text = await r.text()
            blog.info("greenhouse ingest %s: %s", r.status, text[:200])
            if r.status == 401:
                raise RuntimeError(f"greenhouse refused ingestion key {GREENHOUSE_INGESTION_KEY}")


async def calendly_me(app: web.Application) -> None:
    pat = os.environ[CALENDLY_PAT_VAR]
    async with ClientSession(headers={"Authorization": f"Bearer {pat}"}) as s:
        async with s.get("https://api.calendly.com/users/me") as r:
            me = await r.json()
            blog.info("calendly user %s (%s)", me["resource"]["name"], r.status)
            if r.status != 200:
                blog.error("calendly PAT %s rejected", pat)


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(calendly_me)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))
