"""Server-sent events endpoint that streams assessment progress to the browser."""
import asyncio
import json
import logging
import os

from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from modelred import AsyncModelRed, ModelRedError, NotFound

log = logging.getLogger("sse")
app = FastAPI()
TERMINAL = {"COMPLETED", "FAILED", "CANCELLED"}


async def progress(assessment_id: str):
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        while True:
            try:
                a = await client.get_assessment(assessment_id)
            except NotFound:
                yield f"event: error\ndata: {json.dumps({'error': 'not found'})}\n\n"
                return
            except ModelRedError as e:
                log.warning("progress poll failed for %s: %s", assessment_id, e)
                yield f"event: error\ndata: {json.dumps({'error': str(e)})}\n\n"
                return
            yield f"data: {json.dumps({'status': a['status'], 'progress': a.get('progress', 0)})}\n\n"
            if a["status"] in TERMINAL:
                return
            await asyncio.sleep(2)


@app.get("/assessments/{assessment_id}/events")
async def events(assessment_id: str):
    return StreamingResponse(progress(assessment_id), media_type="text/event-stream")
