"""SSE endpoint streaming assessment progress (generation 2 SDK, async)."""
import json
import logging

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from modelred import AsyncModelRed, ModelRedError

router = APIRouter()
logger = logging.getLogger(__name__)


async def _events(client: AsyncModelRed, assessment_id: str):
    try:
        result = await client.wait_for_completion(assessment_id)
        yield f"data: {json.dumps({'status': result['status']})}\n\n"
    except ModelRedError as err:
        logger.error("assessment %s failed: %s", assessment_id, err)
        yield f"data: {json.dumps({'error': str(err)})}\n\n"


@router.get("/assessments/{assessment_id}/events")
async def events(assessment_id: str, settings=None):
    client = AsyncModelRed(api_key=settings.modelred_api_key)
    logger.info("streaming events for %s", assessment_id)
    return StreamingResponse(_events(client, assessment_id), media_type="text/event-stream")


async def _safe_events(client: AsyncModelRed, assessment_id: str):
    try:
        result = await client.get_assessment(assessment_id)
        yield f"data: {json.dumps(result)}\n\n"
    except ModelRedError as err:
        logger.warning("status lookup failed: %r", err)
        yield f"data: {json.dumps({'error': type(err).__name__})}\n\n"
