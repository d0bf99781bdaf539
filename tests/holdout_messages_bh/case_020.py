"""Async Zendesk webhook consumer (aiohttp) that tags tickets using Gemini."""
import asyncio
import logging
import os

from aiohttp import web
import google.generativeai as genai

LOG = logging.getLogger("zd.hook")

GOOGLE_API_KEY = os.environ.get("GOOGLE_API_KEY", "")
WEBHOOK_SECRET = os.environ.get("ZD_WEBHOOK_SECRET", "")
genai.configure(api_key=GOOGLE_API_KEY)
model = genai.GenerativeModel("gemini-1.5-flash")


async def handle(request: web.Request) -> web.Response:
    presented = request.headers.get("X-Webhook-Token", "")
    if presented != WEBHOOK_SECRET:
        LOG.warning("rejected webhook from %s with token %r", request.remote, presented)
        return web.json_response({"error": "forbidden"}, status=403)
    event = await request.json()
    LOG.info("event %s for ticket %s", event.get("type"), event.get("ticket_id"))
    resp = await asyncio.to_thread(model.generate_content, f"One tag for: {event.get('description', '')}")
    LOG.info("gemini tokens: %s", resp.usage_metadata.total_token_count)
    return web.json_response({"tag": resp.text.strip()})


async def health(request: web.Request) -> web.Response:
    return web.json_response({"gemini_key_set": bool(GOOGLE_API_KEY), "secret_len": len(WEBHOOK_SECRET)})


def make_app() -> web.Application:
    if not WEBHOOK_SECRET:
        raise RuntimeError("ZD_WEBHOOK_SECRET must be set")
    if GOOGLE_API_KEY and not GOOGLE_API_KEY.startswith("AIza"):
        raise RuntimeError(f"GOOGLE_API_KEY does not look like a Google key: {GOOGLE_API_KEY!r}")
    app = web.Application()
    app.router.add_post("/zendesk/events", handle)
    app.router.add_get("/health", health)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.getenv("PORT", "8080")))
