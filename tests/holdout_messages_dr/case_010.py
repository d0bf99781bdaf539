"""Gemini helpers used by the aiohttp image-caption service."""
import logging
import os

import aiohttp

log = logging.getLogger("captions.gemini")
GEMINI_BASE = "https://generativelanguage.googleapis.com/v1beta"
GEMINI_MODEL = os.environ.get("GEMINI_MODEL", "gemini-1.5-flash")
KEY_VAR = "GEMINI_API_KEY"


def gemini_key() -> str:
    return os.environ[KEY_VAR]


async def caption(image_b64: str, mime: str = "image/jpeg") -> str:
    key = gemini_key()
    url = f"{GEMINI_BASE}/models/{GEMINI_MODEL}:generateContent?key={key}"
    body = {
        "contents": [{"parts": [{"text": "Write a one-line caption."}, {"inline_data": {"mime_type": mime, "data": image_b64}}]}],
        "generationConfig": {"maxOutputTokens": 64},
    }
    log.debug("POST %s", url)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        async with session.post(url, json=body) as resp:
            if resp.status >= 400:
                detail = await resp.text()
                log.error("gemini %s %s: %s", resp.status, resp.reason, detail[:200])
                raise RuntimeError(f"Gemini call failed with HTTP {resp.status}")
            data = await resp.json()
    meta = data.get("usageMetadata", {})
    log.info("caption tokens: prompt=%s candidates=%s", meta.get("promptTokenCount"), meta.get("candidatesTokenCount"))
    return data["candidates"][0]["content"]["parts"][0]["text"]


async def check_key(session: aiohttp.ClientSession) -> bool:
    key = gemini_key()
    params = {"key": key, "pageSize": 1}
    async with session.get(f"{GEMINI_BASE}/models", params=params) as resp:
        if resp.status == 400:
            raise ValueError(f"Gemini rejected the key; request params were {params}")
        ok = resp.status == 200
    log.info("gemini key check for %s: %s", KEY_VAR, ok)
    return ok


async def on_startup(app):
    app["gemini_session"] = aiohttp.ClientSession()
    app["gemini_ok"] = await check_key(app["gemini_session"])


async def on_cleanup(app):
    await app["gemini_session"].close()
