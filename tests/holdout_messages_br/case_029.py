"""aiohttp internal dashboard: on-call assistant that pages via PagerDuty (async)."""
import logging
import os

from aiohttp import web, ClientSession
import google.generativeai as genai

log = logging.getLogger("oncall")
routes = web.RouteTableDef()
PD_TOKEN = os.environ["PAGERDUTY_API_TOKEN"]
GOOGLE_KEY = os.environ["GOOGLE_API_KEY"]
genai.configure(api_key=GOOGLE_KEY)
model = genai.GenerativeModel("gemini-1.5-flash")


@routes.post("/oncall/summarise")
async def summarise(request):
    body = await request.json()
    result = await model.generate_content_async(f"Summarise this incident: {body['text']}")
    log.info("gemini usage %s tokens", result.usage_metadata.total_token_count)
    return web.json_response({"summary": result.text})


@routes.post("/oncall/page")
async def page(request):
    body = await request.json()
    headers = {"Authorization": f"Token token={PD_TOKEN}", "Accept": "application/vnd.pagerduty+json;version=2",
               "From": body["requester_email"]}
    async with ClientSession() as s:
        async with s.post("https://api.pagerduty.com/incidents", json=body["incident"], headers=headers) as r:
            if r.status >= 400:
                text = await r.text()
                log.error("pagerduty %s: %s", r.status, text)
                log.error("pagerduty call failed using token %s", PD_TOKEN)
                raise web.HTTPBadGateway(text="paging failed")
            data = await r.json()
    log.info("paged incident %s for %s", data["incident"]["id"], body["requester_email"])
    return web.json_response({"incident": data["incident"]["id"]})


async def on_startup(app):
    log.info("oncall dashboard; gemini key present=%s", bool(GOOGLE_KEY))
    if not GOOGLE_KEY.startswith("AIza"):
        raise RuntimeError(f"GOOGLE_API_KEY looks wrong: {GOOGLE_KEY}")


def make_app():
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
