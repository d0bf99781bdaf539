"""Server-sent events: stream an assessment's progress to the dashboard."""
import asyncio
import json
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.routing import Route

from modelred import AsyncModelRed, APIError, NotFound, Unauthorized

log = logging.getLogger("dashboard.sse")
KEY = os.environ["MODELRED_API_KEY"]


def sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


async def progress(request: Request):
    aid = request.path_params["assessment_id"]

    async def events():
        async with AsyncModelRed(KEY) as client:
            while True:
                try:
                    state = await client.get_assessment(aid)
                except NotFound:
                    yield sse("error", {"message": f"assessment {aid} not found"})
                    return
                except Unauthorized as e:
                    log.error("dashboard key rejected: %s", e)
                    yield sse("error", {"message": "dashboard is misconfigured"})
                    return
                except APIError as e:
                    yield sse("error", {"message": str(e), "kind": type(e).__name__})
                    return
                yield sse("progress", {"status": state["status"], "done": state.get("completed_probes", 0)})
                if state["status"] in ("completed", "failed"):
                    return
                await asyncio.sleep(3)

    return StreamingResponse(events(), media_type="text/event-stream")


async def health(request: Request):
    from starlette.responses import JSONResponse

    return JSONResponse({"ok": True, "key_configured": bool(KEY)})


app = Starlette(routes=[
    Route("/assessments/{assessment_id}/events", progress),
    Route("/healthz", health),
])
