"""Server-sent progress of a ModelRed (generation 1) assessment, as an async generator."""
from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncGenerator

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError
from starlette.requests import Request
from starlette.responses import StreamingResponse

log = logging.getLogger("sse.assessments")

SUITES = ["basic_security", "prompt_injection"]


async def progress(model_id: str, api_key: str | None = None) -> AsyncGenerator[str, None]:
    try:
        async with ModelRed(api_key=api_key) as client:
            started = await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="normal")
            assessment_id = started["assessment_id"]
            yield f"data: {json.dumps({'state': 'queued', 'id': assessment_id})}\n\n"
            while True:
                status = await client.get_assessment_status(assessment_id)
                yield f"data: {json.dumps({'state': status['status'], 'pct': status.get('progress', 0)})}\n\n"
                if status["status"] in {"COMPLETED", "FAILED"}:
                    break
                await asyncio.sleep(2)
    except AuthenticationError as e:
        log.error("assessment stream auth error: %s", type(e).__name__)
        yield "data: {\"error\": \"authentication failed\"}\n\n"
    except QuotaExceededError as e:
        log.warning("quota exceeded for %s: %s", model_id, e)
        yield "data: {\"error\": \"quota exceeded\"}\n\n"
    except ModelRedError as e:
        yield f"data: {json.dumps({'error': str(e)})}\n\n"


async def endpoint(request: Request) -> StreamingResponse:
    model_id = request.path_params["model_id"]
    user_key = request.headers.get("x-modelred-key")
    if user_key is not None and not user_key.startswith("mr_"):
        log.info("ignoring malformed x-modelred-key header %s", user_key)
        user_key = None
    log.info("stream for %s, own key: %s", model_id, user_key is not None)
    return StreamingResponse(progress(model_id, user_key), media_type="text/event-stream")
