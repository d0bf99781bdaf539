"""Gateway app-wide exception handlers, including one for ModelRed errors."""
from __future__ import annotations

import logging
import os

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError

logger = logging.getLogger("gateway.errors")
app = FastAPI()


class UpstreamError(Exception):
    def __init__(self, message: str, *, status_code: int = 502, provider: str = "", key_alias: str = "") -> None:
        super().__init__(message)
        self.status_code = status_code
        self.provider = provider
        self.key_alias = key_alias


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError) -> JSONResponse:
    logger.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": {"type": "redteam_error", "message": str(exc)}})


@app.exception_handler(UpstreamError)
async def upstream_failed(request: Request, exc: UpstreamError) -> JSONResponse:
    logger.warning("upstream %s failed (%s) via alias %s", exc.provider, exc.status_code, exc.key_alias)
    return JSONResponse(status_code=exc.status_code, content={"error": {"type": "upstream_error", "message": str(exc)}})


@app.post("/v1/redteam/{model_id}")
async def redteam(model_id: str) -> dict:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["baseline"])
    return {"assessment_id": a["id"]}


@app.post("/v1/embeddings")
async def embeddings(request: Request) -> dict:
    body = await request.json()
    alias = request.headers.get("x-key-alias", "default")
    upstream_key = os.environ["EMBEDDINGS_UPSTREAM_KEY"]
    async with httpx.AsyncClient() as client:
        r = await client.post("https://api.openai.com/v1/embeddings", json=body, headers={"Authorization": f"Bearer {upstream_key}"})
    if r.status_code == 401:
        raise UpstreamError(f"embeddings upstream rejected {upstream_key}", status_code=502, provider="openai", key_alias=alias)
    if r.status_code >= 400:
        raise UpstreamError(f"embeddings upstream {r.status_code}", status_code=r.status_code, provider="openai", key_alias=alias)
    return r.json()
