"""Server-sent events endpoint streaming assessment progress to the dashboard (generation 3)."""
from __future__ import annotations

import asyncio
import json
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.routing import Route
from modelred import AsyncModelRed, APIError, NotFound

log = logging.getLogger("dashboard.sse")


def _event(kind: str, data: dict) -> str:
    return f"event: {kind}\ndata: {json.dumps(data)}\n\n"


async def progress(request: Request) -> StreamingResponse:
    assessment_id = request.path_params["assessment_id"]
    key = os.environ["MODELRED_API_KEY"]

    async def stream():
        async with AsyncModelRed(key) as mr:
            while True:
                try:
                    a = await mr.get_assessment(assessment_id)
                except NotFound:
                    yield _event("error", {"message": "unknown assessment"})
                    return
                except APIError as e:
                    log.warning("poll %s failed: %s", assessment_id, e)
                    yield _event("error", {"message": e.message})
                    return
                yield _event("progress", {"status": a["status"], "pct": a.get("progress", 0)})
                if a["status"] in ("completed", "failed", "cancelled"):
                    return
                await asyncio.sleep(2)

    log.info("sse for %s opened by %s", assessment_id, request.client)
    return StreamingResponse(stream(), media_type="text/event-stream")


async def health(request: Request):
    from starlette.responses import JSONResponse

    key = os.environ.get("MODELRED_API_KEY", "")
    log.debug("health check, key configured=%s prefix=%s", bool(key), key[:3])
    if key and not key.startswith("mr_"):
        log.error("MODELRED_API_KEY is malformed: %s", key)
    return JSONResponse({"ok": bool(key)})


app = Starlette(routes=[Route("/sse/{assessment_id}", progress), Route("/health", health)])
