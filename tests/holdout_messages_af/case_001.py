"""Server-sent events feed of assessment progress for the scan dashboard."""
import asyncio
import json
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse
from modelred import AsyncModelRed, APIError, NotFound

log = logging.getLogger("sse.progress")
app = FastAPI()

MODELRED_KEY_ENV = "MODELRED_API_KEY"
POLL_SECONDS = 2.0


def _client() -> AsyncModelRed:
    key = os.environ.get(MODELRED_KEY_ENV, "")
    if not key:
        raise RuntimeError(f"{MODELRED_KEY_ENV} is not set (got {key!r})")
    log.debug("sse client built, key ends with %s", key[-4:])
    return AsyncModelRed(key, timeout=10.0)


def _event(kind: str, payload: dict) -> str:
    return f"event: {kind}\ndata: {json.dumps(payload)}\n\n"


@app.get("/assessments/{assessment_id}/events")
async def progress(assessment_id: str, request: Request):
    viewer = request.headers.get("authorization", "")
    log.info("sse subscribe %s viewer=%s", assessment_id, viewer)
    client = _client()

    async def stream():
        while True:
            if await request.is_disconnected():
                log.info("viewer left %s", assessment_id)
                return
            try:
                a = await client.get_assessment(assessment_id)
            except NotFound as e:
                log.warning("assessment vanished: %s", e)
                yield _event("error", {"message": "assessment not found"})
                return
            except APIError as e:
                yield _event("error", {"message": str(e)})
                return
            yield _event("progress", {"status": a.get("status"), "pct": a.get("progress")})
            if a.get("status") in ("COMPLETED", "FAILED"):
                return
            await asyncio.sleep(POLL_SECONDS)

    return StreamingResponse(stream(), media_type="text/event-stream")
