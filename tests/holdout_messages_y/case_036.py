"""Server-sent events stream of a ModelRed assessment's progress (FastAPI, SDK 0.1.40)."""
import asyncio
import json
import os
import sys

from fastapi import FastAPI
from fastapi.responses import StreamingResponse

from modelred import APIError, AsyncModelRed, NotFound

app = FastAPI()
api_key = os.environ.get("MODELRED_API_KEY", "")


async def progress_events(assessment_id: str):
    print("SSE stream opened with key", api_key, file=sys.stderr)
    print("SSE stream opened for", assessment_id, file=sys.stderr)
    async with AsyncModelRed(api_key, timeout=15.0) as client:
        while True:
            try:
                data = await client.get_assessment(assessment_id)
            except NotFound:
                yield "event: error\ndata: assessment not found\n\n"
                return
            except APIError as exc:
                yield f"event: error\ndata: {exc}\n\n"
                return
            payload = {"status": data.get("status"), "progress": data.get("progress", 0)}
            yield f"data: {json.dumps(payload)}\n\n"
            if data.get("status") in ("COMPLETED", "FAILED", "CANCELLED"):
                return
            await asyncio.sleep(2)


async def cancel_events(assessment_id: str):
    async with AsyncModelRed(api_key, timeout=15.0) as client:
        try:
            await client.cancel_assessment(assessment_id)
        except APIError as exc:
            print(f"cancel failed: {type(exc).__name__}", file=sys.stderr)
            yield "event: error\ndata: could not cancel\n\n"
            return
    yield "event: cancelled\ndata: {}\n\n"


@app.get("/assessments/{assessment_id}/events")
async def events(assessment_id: str):
    return StreamingResponse(progress_events(assessment_id), media_type="text/event-stream")


@app.post("/assessments/{assessment_id}/cancel")
async def cancel(assessment_id: str):
    return StreamingResponse(cancel_events(assessment_id), media_type="text/event-stream")
