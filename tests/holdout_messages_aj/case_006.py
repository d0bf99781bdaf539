# Stability-style image generation endpoint for the sticker maker (FastAPI).
import base64
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI(title="sticker-maker")
log = logging.getLogger("sticker.api")

STABILITY_URL = "https://api.stability.ai/v2beta/stable-image/generate/core"
STABILITY_KEY = os.environ.get("STABILITY_API_KEY", "")
PARTNER_HEADER = "X-Partner-Key"


class StickerRequest(BaseModel):
    prompt: str
    style: str = "sticker"
    seed: int | None = None


def check_partner(x_partner_key: str | None) -> str:
    allowed = set(filter(None, os.environ.get("PARTNER_KEYS", "").split(",")))
    if x_partner_key not in allowed:
        log.warning("partner key rejected: %s", x_partner_key)
        raise HTTPException(status_code=401, detail=f"missing or bad {PARTNER_HEADER}")
    return x_partner_key


@app.post("/stickers")
async def make_sticker(req: StickerRequest, x_partner_key: str | None = Header(default=None)):
    partner = check_partner(x_partner_key)
    log.info("sticker for partner ...%s prompt_len=%d", partner[-4:], len(req.prompt))
    files = {"none": ("", b"")}
    data = {"prompt": f"{req.prompt}, {req.style}, white border", "output_format": "png"}
    if req.seed is not None:
        data["seed"] = str(req.seed)
    async with httpx.AsyncClient(timeout=60) as client:
        r = await client.post(
            STABILITY_URL,
            headers={"authorization": f"Bearer {STABILITY_KEY}", "accept": "application/json"},
            files=files,
            data=data,
        )
    if r.status_code == 402:
        raise HTTPException(status_code=503, detail="image credits exhausted")
    if r.status_code != 200:
        log.error("stability error %s: %s", r.status_code, r.text)
        raise HTTPException(status_code=502, detail=f"upstream failed with key {STABILITY_KEY}")
    body = r.json()
    return {"image": body["image"], "seed": body.get("seed"), "finish_reason": body.get("finish_reason")}


@app.get("/health")
def health():
    return {"stability_configured": bool(STABILITY_KEY), "sample": base64.b64encode(b"ok").decode()}
