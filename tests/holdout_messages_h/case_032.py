"""Server-sent events endpoint that streams a red-team run (Starlette)."""
import json
import logging
import os

from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.routing import Route
from modelred import AsyncModelRed, ModelRedError, RateLimited

log = logging.getLogger("sse")
MR_KEY = os.environ["MODELRED_API_KEY"]


async def events(assessment_id: str):
    async with AsyncModelRed(MR_KEY) as client:
        try:
            a = await client.get_assessment(assessment_id)
            yield f"data: {json.dumps({'status': a['status']})}\n\n"
            for i, token in enumerate(a.get("transcript_tokens", [])):
                yield f"data: {json.dumps({'i': i, 'token': token})}\n\n"
        except RateLimited as e:
            log.info("rate limited on %s: %s", assessment_id, e)
            yield "data: {\"error\": \"rate limited, try later\"}\n\n"
        except ModelRedError as e:
            yield f"data: {json.dumps({'error': str(e)})}\n\n"


async def stream(request):
    assessment_id = request.path_params["assessment_id"]
    log.info("streaming %s to %s", assessment_id, request.client.host)
    return StreamingResponse(events(assessment_id), media_type="text/event-stream")


app = Starlette(routes=[Route("/runs/{assessment_id}/events", stream)])
