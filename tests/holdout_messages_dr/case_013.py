"""Litestar embeddings service: one shared httpx client, created in the lifespan."""
import logging
import os
from contextlib import asynccontextmanager

import httpx
from litestar import Litestar, Request, Response, get, post
from litestar.datastructures import State

logger = logging.getLogger("embeddings")
OPENAI_BASE = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
EMBED_MODEL = "text-embedding-3-small"


def provider_headers() -> dict:
    key = os.environ["OPENAI_API_KEY"]
    return {"Authorization": "Bearer " + key, "OpenAI-Organization": os.environ.get("OPENAI_ORG", ""), "User-Agent": "embeddings-svc/1.4"}


@asynccontextmanager
async def http_client(app: Litestar):
    headers = provider_headers()
    logger.info("openai base %s, header names %s", OPENAI_BASE, sorted(headers))
    logger.debug("openai client headers: %s", headers)
    app.state.http = httpx.AsyncClient(base_url=OPENAI_BASE, headers=headers, timeout=30)
    try:
        yield
    finally:
        await app.state.http.aclose()
        logger.info("http client closed")


@post("/embed")
async def embed(data: dict, state: State) -> dict:
    resp = await state.http.post("/embeddings", json={"model": EMBED_MODEL, "input": data["texts"]})
    resp.raise_for_status()
    body = resp.json()
    logger.info("embedded %d texts, %d tokens", len(data["texts"]), body["usage"]["total_tokens"])
    return {"vectors": [d["embedding"] for d in body["data"]]}


@get("/embed/check")
async def check(state: State) -> dict:
    resp = await state.http.get("/models")
    if resp.status_code == 401:
        key = os.environ["OPENAI_API_KEY"]
        raise RuntimeError("OpenAI returned 401 for key %s; rotate OPENAI_API_KEY" % key)
    return {"ok": resp.is_success, "status": resp.status_code}


def upstream_error(request: Request, exc: httpx.HTTPStatusError) -> Response:
    logger.error("openai %s on %s: %s", exc.response.status_code, exc.request.url.path, exc.response.text[:200])
    return Response(content={"error": "upstream", "status": exc.response.status_code}, status_code=502)


app = Litestar(
    route_handlers=[embed, check],
    lifespan=[http_client],
    exception_handlers={httpx.HTTPStatusError: upstream_error},
)
