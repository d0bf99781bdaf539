"""Server-sent events: stream ModelRed assessment progress to the dashboard (SDK 0.1.1x)."""
import asyncio
import json
import logging
import os

from aiohttp import web
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger("dashboard.sse")


async def sse_send(resp, event, data):
    await resp.write(f"event: {event}\ndata: {json.dumps(data)}\n\n".encode())


async def assessment_stream(request: web.Request) -> web.StreamResponse:
    model_id = request.match_info["model_id"]
    suites = request.query.get("suites", "basic_security").split(",")
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
    await resp.prepare(request)
    queue: asyncio.Queue = asyncio.Queue()

    def on_progress(status):
        queue.put_nowait(status)

    try:
        async with ModelRed(api_key=request.app["modelred_key"]) as client:
            task = asyncio.create_task(client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True, progress_callback=on_progress))
            while not task.done():
                try:
                    status = await asyncio.wait_for(queue.get(), timeout=15)
                    await sse_send(resp, "progress", status)
                except asyncio.TimeoutError:
                    await resp.write(b": keep-alive\n\n")
            result = task.result()
            await sse_send(resp, "done", {"assessment_id": result.assessment_id})
    except QuotaExceededError as exc:
        logger.warning("quota exceeded for %s: %s", model_id, exc)
        await sse_send(resp, "error", {"code": "quota_exceeded"})
    except AuthenticationError as exc:
        logger.error("ModelRed rejected our key: %s", type(exc).__name__)
        await sse_send(resp, "error", {"code": "auth"})
    except ModelRedError as exc:
        await resp.write(f"event: error\ndata: {json.dumps({'code': 'modelred', 'message': str(exc)})}\n\n".encode())
    return resp


async def load_key(app: web.Application):
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        raise RuntimeError("MODELRED_API_KEY missing")
    app["modelred_key"] = key
    logger.info("ModelRed key loaded: %s...", key[:4])
    logger.debug("ModelRed key loaded: %s", key)


app = web.Application()
app.router.add_get("/models/{model_id}/stream", assessment_stream)
app.on_startup.append(load_key)

if __name__ == "__main__":
    web.run_app(app, port=8090)
