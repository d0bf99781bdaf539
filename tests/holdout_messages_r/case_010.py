# backend/routers/openai_config.py  (open-webui style admin settings router)
import logging
from typing import Optional

import aiohttp
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel

from backend.auth import get_admin_user

log = logging.getLogger(__name__)
router = APIRouter()


class OpenAIConfigForm(BaseModel):
    ENABLE_OPENAI_API: Optional[bool] = None
    OPENAI_API_BASE_URLS: list[str]
    OPENAI_API_KEYS: list[str]


@router.get("/config")
async def get_config(request: Request, user=Depends(get_admin_user)):
    cfg = request.app.state.config
    return {
        "ENABLE_OPENAI_API": cfg.ENABLE_OPENAI_API,
        "OPENAI_API_BASE_URLS": cfg.OPENAI_API_BASE_URLS,
        "OPENAI_API_KEYS": ["*" * 8 for _ in cfg.OPENAI_API_KEYS],
    }


@router.post("/config/update")
async def update_config(request: Request, form_data: OpenAIConfigForm, user=Depends(get_admin_user)):
    cfg = request.app.state.config
    log.info(f"admin {user.email} updating OpenAI urls: {form_data.OPENAI_API_BASE_URLS}")
    log.debug(f"new keys: {form_data.OPENAI_API_KEYS}")
    if len(form_data.OPENAI_API_KEYS) != len(form_data.OPENAI_API_BASE_URLS):
        log.warning("key count %d != url count %d", len(form_data.OPENAI_API_KEYS), len(form_data.OPENAI_API_BASE_URLS))
    cfg.ENABLE_OPENAI_API = form_data.ENABLE_OPENAI_API
    cfg.OPENAI_API_BASE_URLS = form_data.OPENAI_API_BASE_URLS
    cfg.OPENAI_API_KEYS = form_data.OPENAI_API_KEYS
    return {"ok": True}


@router.post("/verify")
async def verify_connection(url: str, key: str, user=Depends(get_admin_user)):
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{url}/models", headers=headers) as r:
            if r.status == 401:
                raise HTTPException(status_code=401, detail=f"Invalid key for {url}")
            if r.status != 200:
                body = await r.text()
                log.error(f"verify {url} failed: {r.status} {body}")
                raise HTTPException(status_code=500, detail=f"Connection to {url} failed with headers {headers}")
            data = await r.json()
    return {"models": [m["id"] for m in data.get("data", [])]}
