"""OpenAI-compatible proxy: clients present virtual keys, we forward with the real one."""
import json
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger("proxy")
UPSTREAM = os.environ.get("UPSTREAM_BASE", "https://api.openai.com/v1")
REAL_KEY = os.environ["OPENAI_API_KEY"]
VIRTUAL_KEYS: dict[str, dict] = json.load(open(os.environ.get("VKEYS_FILE", "vkeys.json")))


def lookup(authorization: str | None) -> dict:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="missing bearer token")
    vkey = authorization[len("Bearer "):]
    entry = VIRTUAL_KEYS.get(vkey)
    if entry is None:
        raise HTTPException(status_code=401, detail=f"unknown virtual key {vkey}")
    if entry.get("disabled"):
        raise HTTPException(status_code=403, detail=f"key {vkey[:6]}... disabled")
    return entry


@app.post("/v1/chat/completions")
async def chat(request: Request, authorization: str | None = Header(default=None)):
    entry = lookup(authorization)
    body = await request.json()
    body.setdefault("max_tokens", entry.get("max_tokens", 1024))
    log.info("team=%s model=%s max_tokens=%s", entry["team"], body.get("model"), body["max_tokens"])
    async with httpx.AsyncClient(timeout=120) as client:
        up = await client.post(f"{UPSTREAM}/chat/completions", json=body,
                               headers={"Authorization": f"Bearer {REAL_KEY}"})
    if up.status_code == 401:
        log.critical("upstream rejected the real key %s", REAL_KEY)
        raise HTTPException(status_code=502, detail="upstream auth failed")
    if up.status_code >= 400:
        log.warning("upstream %s: %s", up.status_code, up.text)
        return JSONResponse(up.json(), status_code=up.status_code)
    return JSONResponse(up.json())
