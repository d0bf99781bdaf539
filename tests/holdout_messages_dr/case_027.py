"""aiohttp service with a background poller over ModelRed assessments (SDK 0.1.3x)."""
import asyncio
import contextlib
import logging
import os

from aiohttp import web
from modelred import AsyncModelRedClient, ModelRedError, NotFoundError

poll_log = logging.getLogger("poller")
MR_KEY_ENV = "MODELRED_API_KEY"
CLIENT = web.AppKey("mr", AsyncModelRedClient)
WATCH = web.AppKey("watch", set)


async def poll_forever(app):
    client = app[CLIENT]
    while True:
        for assessment_id in list(app[WATCH]):
            try:
                status = await client.get_assessment(assessment_id)
            except ModelRedError as exc:
                poll_log.warning("poll of %s failed: %s", assessment_id, exc)
                continue
            if status["status"] in ("COMPLETED", "FAILED"):
                app[WATCH].discard(assessment_id)
                poll_log.info("%s finished: %s", assessment_id, status["status"])
        await asyncio.sleep(30)


async def background(app):
    key = os.environ[MR_KEY_ENV]
    app[CLIENT] = AsyncModelRedClient(api_key=key)
    app[WATCH] = set()
    poll_log.info("poller starting, key from %s (%d chars)", MR_KEY_ENV, len(key))
    task = asyncio.create_task(poll_forever(app))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    await app[CLIENT].close()


async def watch(request):
    assessment_id = request.match_info["assessment_id"]
    try:
        status = await request.app[CLIENT].get_assessment(assessment_id)
    except NotFoundError as e:
        return web.json_response({"error": f"lookup failed: {e}"}, status=404)
    request.app[WATCH].add(assessment_id)
    return web.json_response({"watching": assessment_id, "status": status["status"]})


async def watching(request):
    poll_log.debug("%d assessments watched", len(request.app[WATCH]))
    return web.json_response(sorted(request.app[WATCH]))


app = web.Application()
app.cleanup_ctx.append(background)
app.router.add_post("/watch/{assessment_id}", watch)
app.router.add_get("/watch", watching)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8082")))
