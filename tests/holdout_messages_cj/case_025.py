"""Transcript summariser for the video desk: Deepgram + Mistral, run as a small FastAPI service."""
import logging
import os

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request

app = FastAPI()
log = logging.getLogger("videodesk")

DEEPGRAM_URL = "https://api.deepgram.com/v1/listen"
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


def desk_token(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    token = auth.removeprefix("Bearer ").strip()
    if token != os.environ["VIDEODESK_TOKEN"]:
        log.warning("rejected desk token %s from %s", token, request.client.host)
        raise HTTPException(status_code=401, detail="invalid token")
    return token


@app.post("/summaries")
async def summarise(body: dict, token: str = Depends(desk_token)):
    dg_key = os.environ["DEEPGRAM_API_KEY"]
    async with httpx.AsyncClient(timeout=120) as c:
        dg = await c.post(DEEPGRAM_URL, params={"model": "nova-2", "smart_format": "true"},
                          headers={"Authorization": f"Token {dg_key}"}, json={"url": body["video_url"]})
        if dg.status_code != 200:
            raise HTTPException(502, detail=f"Deepgram {dg.status_code}: {dg.text[:200]}")
        transcript = dg.json()["results"]["channels"][0]["alternatives"][0]["transcript"]
        m = await c.post(MISTRAL_URL, headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
                         json={"model": "mistral-small-latest", "max_tokens": 300,
                               "messages": [{"role": "user", "content": "Summarise:\n" + transcript}]})
    if m.status_code == 401:
        raise HTTPException(502, detail=f"Mistral refused key {os.environ['MISTRAL_API_KEY']}")
    data = m.json()
    log.info("summary for %s: %s tokens", body["video_url"], data["usage"]["total_tokens"])
    return {"summary": data["choices"][0]["message"]["content"]}


@app.get("/healthz")
async def healthz():
    keys = {name: bool(os.environ.get(name)) for name in ("DEEPGRAM_API_KEY", "MISTRAL_API_KEY", "VIDEODESK_TOKEN")}
    log.info("health: %s", keys)
    return keys
