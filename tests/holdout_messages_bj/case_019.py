"""Minimal FastAPI proxy I run on my NAS so the kids' tablet never sees the OpenAI key."""
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger("uvicorn.error")

UPSTREAM_KEY = os.environ["OPENAI_API_KEY"]
HOUSE_TOKEN = os.environ["HOUSE_TOKEN"]
HOUSE_TOKEN_HEADER = "X-House-Token"
MAX_TOKENS_CAP = 500


@app.post("/v1/chat/completions")
async def chat(request: Request, x_house_token: str = Header(default="")):
    if x_house_token != HOUSE_TOKEN:
        log.warning("wrong %s: %s", HOUSE_TOKEN_HEADER, x_house_token)
        raise HTTPException(status_code=401, detail=f"bad {HOUSE_TOKEN_HEADER}")
    body = await request.json()
    body["max_tokens"] = min(int(body.get("max_tokens", MAX_TOKENS_CAP)), MAX_TOKENS_CAP)
    log.info("model=%s max_tokens=%s", body.get("model"), body["max_tokens"])
    headers = {"Authorization": f"Bearer {UPSTREAM_KEY}"}
    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.post("https://api.openai.com/v1/chat/completions", json=body, headers=headers)
    if r.status_code >= 400:
        log.error("upstream %s: %s", r.status_code, r.text)
        raise HTTPException(status_code=r.status_code, detail=r.json().get("error", {}).get("code"))
    return r.json()


@app.get("/debug/config")
async def config(x_house_token: str = Header(default="")):
    if x_house_token != HOUSE_TOKEN:
        raise HTTPException(status_code=401, detail="nope")
    return {"max_tokens_cap": MAX_TOKENS_CAP, "upstream_key_tail": UPSTREAM_KEY[-4:]}


@app.on_event("startup")
async def startup():
    if len(UPSTREAM_KEY) < 40:
        raise RuntimeError(f"OPENAI_API_KEY too short: {UPSTREAM_KEY}")
    log.info("proxy up, upstream key ...%s", UPSTREAM_KEY[-4:])
