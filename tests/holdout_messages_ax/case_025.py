"""Alertmanager webhook receiver: summarise firing alerts about the LLM fleet and check
the model with ModelRed; answers Alertmanager (and our status page poller) with JSON."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, ServerError, RateLimited

log = logging.getLogger("am_receiver")
RECEIVER_TOKEN = os.environ.get("AM_RECEIVER_TOKEN")
MR_KEY = os.environ["MODELRED_API_KEY"]


async def handle(request: web.Request) -> web.Response:
    auth = request.headers.get("Authorization", "")
    if auth != f"Bearer {RECEIVER_TOKEN}":
        log.warning("unauthorised alertmanager post from %s", request.remote)
        return web.json_response({"error": "unauthorised"}, status=401)
    payload = await request.json()
    alerts = [a for a in payload.get("alerts", []) if a.get("status") == "firing"]
    models = sorted({a["labels"].get("model") for a in alerts if a["labels"].get("model")})
    log.info("%d firing alerts, models %s, group %s", len(alerts), models, payload.get("groupKey"))
    started = []
    try:
        async with AsyncModelRed(MR_KEY, timeout=15.0) as mr:
            for m in models:
                job = await mr.create_assessment(model_id=m, probe_pack_ids=["availability-abuse"])
                started.append(job["id"])
    except (RateLimited, ServerError) as exc:
        log.warning("ModelRed temporarily unavailable: %r", exc)
        return web.json_response({"started": started, "error": "scanner busy"}, status=503)
    except APIError as exc:
        return web.json_response({"started": started, "error": f"{exc}"}, status=502)
    return web.json_response({"started": started})


async def on_startup(app: web.Application) -> None:
    log.info("receiver token set=%s, modelred key ...%s", RECEIVER_TOKEN is not None, MR_KEY[-4:])
    if RECEIVER_TOKEN and len(RECEIVER_TOKEN) < 16:
        log.warning("AM_RECEIVER_TOKEN %s is too short", RECEIVER_TOKEN)


def build_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/alertmanager", handle)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(build_app(), port=int(os.environ.get("PORT", "9095")))
