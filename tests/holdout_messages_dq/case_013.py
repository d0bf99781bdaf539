"""FastAPI endpoint that starts one ModelRed assessment per model, concurrently (generation 2)."""

from __future__ import annotations

import asyncio
import logging

from fastapi import FastAPI, HTTPException, Request
from modelred import AsyncModelRed, NotFoundError, RateLimitError

app = FastAPI()
log = logging.getLogger("scanner.api")

KEY_HEADER = "x-modelred-key"


async def _start(client: AsyncModelRed, model: str, tests: list[str], out: dict[str, str]) -> None:
    assessment = await client.create_assessment(model=model, test_types=tests, priority="normal")
    out[model] = assessment["id"]


@app.post("/scans")
async def start_scans(request: Request) -> dict:
    api_key = request.headers.get(KEY_HEADER)
    if api_key is None:
        raise HTTPException(status_code=401, detail=f"missing {KEY_HEADER} header")
    body = await request.json()
    models: list[str] = body.get("models", [])
    tests: list[str] = body.get("test_types", ["prompt_injection"])
    log.info("scan of %d model(s) with key %s", len(models), api_key)
    host = request.client.host if request.client else "?"
    log.info("scan requested from %s for %s", host, models)
    started: dict[str, str] = {}
    try:
        async with AsyncModelRed(api_key=api_key) as client:
            async with asyncio.TaskGroup() as tg:
                for model in models:
                    tg.create_task(_start(client, model, tests, started))
    except* RateLimitError as eg:
        log.warning("rate limited on %d of %d model(s)", len(eg.exceptions), len(models))
        raise HTTPException(status_code=429, detail="ModelRed is rate limiting, retry shortly")
    except* NotFoundError as eg:
        raise HTTPException(status_code=404, detail=str(eg.exceptions[0]))
    return {"started": started}


@app.get("/scans/{assessment_id}")
async def scan_status(assessment_id: str, request: Request) -> dict:
    api_key = request.headers.get(KEY_HEADER, "")
    async with AsyncModelRed(api_key=api_key) as client:
        try:
            a = await client.get_assessment(assessment_id)
        except NotFoundError as e:
            log.info("status of unknown assessment %s: %s", assessment_id, type(e).__name__)
            raise HTTPException(status_code=404, detail="no such assessment") from None
    return {"id": assessment_id, "status": a.get("status"), "progress": a.get("progress")}
