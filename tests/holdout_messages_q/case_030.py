"""Streams ModelRed assessment progress to the gateway dashboard over SSE."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import AsyncIterator

from fastapi import APIRouter, Header
from fastapi.responses import StreamingResponse
import modelred as mr

logger = logging.getLogger("gateway.redteam.stream")
router = APIRouter()

TERMINAL = {"COMPLETED", "FAILED", "CANCELLED"}


def _event(payload: dict) -> str:
    return f"data: {json.dumps(payload)}\n\n"


async def _progress(api_key: str, assessment_id: str, poll_s: float) -> AsyncIterator[str]:
    try:
        async with mr.AsyncModelRed(api_key, timeout=15.0) as client:
            while True:
                a = await client.get_assessment(assessment_id)
                yield _event({"status": a["status"], "progress": a.get("progress", 0)})
                if a["status"] in TERMINAL:
                    return
                await asyncio.sleep(poll_s)
    except mr.NotFound:
        yield _event({"error": f"assessment {assessment_id} not found"})
    except (mr.Unauthorized, mr.Forbidden) as exc:
        logger.warning("dashboard key refused for %s: %s", assessment_id, exc)
        logger.debug("refused dashboard key was %s", api_key)
        yield _event({"error": "not authorised"})
    except mr.LimitExceeded as exc:
        yield _event({"error": f"plan limit reached: {exc}"})
    except mr.APIError as exc:
        yield _event({"error": str(exc), "status": getattr(exc, "status_code", None)})


@router.get("/redteam/{assessment_id}/events")
async def events(assessment_id: str, x_modelred_key: str = Header(...), poll_s: float = 2.0) -> StreamingResponse:
    if not x_modelred_key.startswith("mr_"):
        logger.info("rejecting stream request with key prefix %s", x_modelred_key[:3])
        return StreamingResponse(iter([_event({"error": "bad key format"})]), media_type="text/event-stream")
    return StreamingResponse(_progress(x_modelred_key, assessment_id, poll_s), media_type="text/event-stream")
