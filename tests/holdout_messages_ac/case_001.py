"""OpenAI-compatible chat completions proxy: forwards to the upstream with the org key."""
from __future__ import annotations

import logging
import os
import time

import httpx
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

logger = logging.getLogger("gateway.proxy")

app = FastAPI(title="llm-gateway")

UPSTREAM_BASE = os.environ.get("UPSTREAM_BASE", "https://api.openai.com/v1")
UPSTREAM_KEY_ENV = "GATEWAY_UPSTREAM_KEY"


class Upstream:
    def __init__(self) -> None:
        self.base = UPSTREAM_BASE
        self.upstream_key = os.environ[UPSTREAM_KEY_ENV]
        self.client = httpx.AsyncClient(timeout=60.0)

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.upstream_key}", "Content-Type": "application/json"}

    async def post(self, path: str, body: dict) -> httpx.Response:
        hdrs = self.headers()
        logger.debug("forwarding %s with headers %s", path, hdrs)
        logger.debug("forwarding %s to %s (key ...%s)", path, self.base, self.upstream_key[-4:])
        resp = await self.client.post(f"{self.base}{path}", json=body, headers=hdrs)
        if resp.status_code == 401:
            raise RuntimeError(f"upstream refused key {self.upstream_key}")
        return resp


upstream = Upstream()


@app.post("/v1/chat/completions")
async def chat_completions(request: Request) -> JSONResponse:
    body = await request.json()
    model = body.get("model", "gpt-4o-mini")
    started = time.monotonic()
    resp = await upstream.post("/chat/completions", body)
    elapsed = time.monotonic() - started
    if resp.status_code >= 400:
        logger.warning("upstream %s for model %s: %s", resp.status_code, model, resp.text[:200])
        raise HTTPException(status_code=502, detail=f"upstream error {resp.status_code}: {resp.text[:200]}")
    data = resp.json()
    usage = data.get("usage", {})
    logger.info("model=%s prompt_tokens=%s completion_tokens=%s in %.2fs", model, usage.get("prompt_tokens"), usage.get("completion_tokens"), elapsed)
    return JSONResponse(data)


@app.get("/healthz")
async def healthz() -> dict:
    print(f"health check, upstream key variable {UPSTREAM_KEY_ENV}")
    return {"ok": True, "upstream": upstream.base}
