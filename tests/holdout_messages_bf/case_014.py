"""Nutrition logging API: photo -> macros with a vision LLM, FastAPI async."""
import base64
import logging
import os

import httpx
from fastapi import FastAPI, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse
from modelred import ModelRedError

nlog = logging.getLogger("nutrition.api")
app = FastAPI()

OPENROUTER_KEY = os.environ["OPENROUTER_API_KEY"]
OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
VISION_MODEL = os.environ.get("VISION_MODEL", "openai/gpt-4o-mini")


def llm_headers() -> dict:
    return {"Authorization": f"Bearer {OPENROUTER_KEY}", "HTTP-Referer": "https://platebook.example", "X-Title": "Platebook"}


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    nlog.error("modelred error on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "safety service unavailable", "detail": str(exc)})


@app.post("/meals/photo")
async def meal_from_photo(photo: UploadFile, user_id: str):
    img = base64.b64encode(await photo.read()).decode()
    body = {
        "model": VISION_MODEL,
        "max_tokens": 500,
        "messages": [{"role": "user", "content": [
            {"type": "text", "text": "List foods with grams and macros as JSON."},
            {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{img}"}},
        ]}],
    }
    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.post(OPENROUTER_URL, headers=llm_headers(), json=body)
    if resp.status_code != 200:
        nlog.error("openrouter %s for user %s: %s", resp.status_code, user_id, resp.text[:200])
        raise HTTPException(status_code=502, detail=f"vision model error {resp.status_code}")
    data = resp.json()
    nlog.info("user %s meal parsed with %s, tokens %s", user_id, VISION_MODEL, data.get("usage", {}).get("total_tokens"))
    return {"user": user_id, "result": data["choices"][0]["message"]["content"]}


@app.get("/debug/llm")
async def debug_llm():
    nlog.debug("llm request headers: %s", llm_headers())
    return {"model": VISION_MODEL, "key_set": bool(OPENROUTER_KEY)}
