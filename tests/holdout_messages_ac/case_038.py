"""Stream red-team progress of a routed model to the admin UI over SSE (ModelRed 0.1.1x)."""
import asyncio
import json
import logging
from typing import AsyncIterator

from modelred import ModelRed, ModelRedError, TierRestrictedError, AssessmentError
from starlette.requests import Request
from starlette.responses import StreamingResponse

log = logging.getLogger("gateway.progress")


def sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


async def progress(model_id: str, suites: list[str]) -> AsyncIterator[str]:
    queue: asyncio.Queue = asyncio.Queue()

    def on_progress(status: dict) -> None:
        queue.put_nowait(status)

    async def runner() -> dict:
        async with ModelRed() as client:
            return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True, progress_callback=on_progress)

    task = asyncio.create_task(runner())
    try:
        while not task.done():
            try:
                status = await asyncio.wait_for(queue.get(), timeout=5)
            except asyncio.TimeoutError:
                yield ": keep-alive\n\n"
                continue
            yield sse("progress", {"percent": status.get("progress", 0), "tokens_used": status.get("tokens_used")})
        result = task.result()
        yield sse("done", {"score": result.get("overall_score")})
    except TierRestrictedError:
        log.info("tier too low for %s", model_id)
        yield sse("error", {"message": "your plan does not include these suites"})
    except AssessmentError as exc:
        log.error("assessment of %s failed: %s", model_id, exc)
        yield sse("error", {"message": "assessment failed", "kind": type(exc).__name__})
    except ModelRedError as exc:
        yield f"event: error\ndata: {exc}\n\n"


async def endpoint(request: Request) -> StreamingResponse:
    model_id = request.path_params["model_id"]
    suites = request.query_params.get("suites", "basic_security").split(",")
    log.info("progress stream for %s suites=%s", model_id, suites)
    return StreamingResponse(progress(model_id, suites), media_type="text/event-stream")
