"""Hybrid search API (BM25 + vectors) behind FastAPI."""
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI(title="hybrid-search")
log = logging.getLogger("hybrid.api")

EMBED_URL = os.getenv("EMBED_URL", "https://api.openai.com/v1/embeddings")
SERVICE_TOKEN = os.environ["SEARCH_SERVICE_TOKEN"]
TOKEN_HEADER = "X-Search-Token"


class Query(BaseModel):
    q: str
    alpha: float = 0.5
    k: int = 10


async def embed(text: str, key: str) -> list[float]:
    async with httpx.AsyncClient(timeout=10) as http:
        resp = await http.post(EMBED_URL, headers={"Authorization": f"Bearer {key}"}, json={"model": "text-embedding-3-small", "input": text})
    if resp.status_code != 200:
        log.warning("embedding failed %s: %s", resp.status_code, resp.text)
        raise HTTPException(status_code=502, detail="embedding backend unavailable")
    return resp.json()["data"][0]["embedding"]


@app.post("/search")
async def search(query: Query, x_search_token: str = Header(...), x_openai_key: str = Header(...)):
    if x_search_token != SERVICE_TOKEN:
        log.warning("bad %s header: %s", TOKEN_HEADER, x_search_token)
        raise HTTPException(status_code=401, detail="invalid search token")
    log.info("search q=%r alpha=%.2f k=%d", query.q, query.alpha, query.k)
    try:
        vec = await embed(query.q, x_openai_key)
    except httpx.HTTPError as exc:
        raise HTTPException(status_code=502, detail=f"embedding call failed for key {x_openai_key}: {exc}")
    return {"vector_dims": len(vec), "alpha": query.alpha}


@app.get("/healthz")
async def healthz():
    return {"ok": True, "token_header": TOKEN_HEADER}
