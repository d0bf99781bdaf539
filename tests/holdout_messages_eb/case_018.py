"""FastAPI routes over the generation-2 async ModelRed client, logging with structlog."""
from __future__ import annotations

import os

import structlog
from fastapi import FastAPI, Header, HTTPException
from modelred import AsyncModelRedClient, ModelRedError, NotFoundError, RateLimitError

log = structlog.get_logger("mr.routes")
app = FastAPI()
DEFAULT_KEY = os.getenv("MODELRED_API_KEY")


async def client_for(x_modelred_key: str | None) -> AsyncModelRedClient:
    key = x_modelred_key or DEFAULT_KEY
    if not key:
        raise HTTPException(status_code=401, detail="X-ModelRed-Key header or MODELRED_API_KEY required")
    await log.ainfo("modelred.auth", key=key, source="header" if x_modelred_key else "env")
    await log.ainfo("modelred.auth", key_tail=key[-4:], source="header" if x_modelred_key else "env")
    return AsyncModelRedClient(api_key=key)


@app.get("/models/{model_identifier}")
async def get_model(model_identifier: str, x_modelred_key: str | None = Header(default=None)):
    client = await client_for(x_modelred_key)
    try:
        return await client.get_model(model_identifier)
    except NotFoundError as e:
        raise HTTPException(status_code=404, detail=str(e))
    except RateLimitError as e:
        log.warning("modelred.rate_limited", error=str(e), model=model_identifier)
        raise HTTPException(status_code=429, detail="rate limited, try later")


@app.post("/assessments")
async def start(body: dict, x_modelred_key: str | None = Header(default=None)):
    client = await client_for(x_modelred_key)
    test_types = body.get("test_types", ["prompt_injection"])
    try:
        created = await client.create_assessment(model=body["model"], test_types=test_types, priority="normal")
    except ModelRedError as e:
        log.error("modelred.create_failed", error_type=type(e).__name__)
        raise HTTPException(status_code=502, detail=f"assessment failed: {type(e).__name__}")
    log.info("modelred.created", assessment_id=created["id"], tests=len(test_types))
    return {"id": created["id"]}


@app.get("/healthz")
async def health():
    log.debug("health", has_default_key=DEFAULT_KEY is not None)
    return {"ok": True}
