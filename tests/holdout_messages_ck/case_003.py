"""Workable webhook receiver on aiohttp: screens new applicants' cover letters."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, RateLimitError

logger = logging.getLogger(__name__)
routes = web.RouteTableDef()

WEBHOOK_SECRET_HEADER = "X-Workable-Signature"
WORKABLE_TOKEN = os.environ.get("WORKABLE_TOKEN")


@routes.post("/hooks/workable")
async def on_candidate(request: web.Request) -> web.Response:
    signature = request.headers.get(WEBHOOK_SECRET_HEADER, "")
    body = await request.json()
    logger.info("candidate %s for job %s", body.get("candidate_id"), body.get("job_shortcode"))
    logger.debug("signature header name %s, present=%s", WEBHOOK_SECRET_HEADER, bool(signature))
    if not signature:
        return web.json_response({"error": "missing signature"}, status=401)
    return web.json_response({"ok": True})


@routes.post("/screening/assess")
async def assess(request: web.Request) -> web.Response:
    payload = await request.json()
    mr_key = request.headers.get("X-ModelRed-Key")
    if not mr_key:
        return web.json_response({"error": f"no key supplied ({mr_key!r})"}, status=400)
    try:
        async with AsyncModelRed(api_key=mr_key) as client:
            job = await client.create_assessment(model=payload["model"], test_types=["jailbreak"])
    except RateLimitError as exc:
        logger.warning("rate limited: %s", exc)
        return web.json_response({"error": "rate limited, retry later"}, status=429)
    except ModelRedError as exc:
        return web.json_response({"error": str(exc)}, status=502)
    return web.json_response({"assessment": job["id"]})


async def ping_workable(session):
    async with session.get("https://acme.workable.com/spi/v3/jobs", headers={"Authorization": f"Bearer {WORKABLE_TOKEN}"}) as r:
        if r.status != 200:
            logger.error("Workable ping failed with %s using token %s", r.status, WORKABLE_TOKEN)
        return r.status


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.getenv("PORT", "8080")))
