"""Marketplace seller onboarding: sellers connect their own OpenAI key for listing copy."""
from __future__ import annotations

import hashlib
import logging

from fastapi import APIRouter, Depends, HTTPException
from openai import AuthenticationError, OpenAI
from pydantic import BaseModel

from marketplace.auth import current_seller
from marketplace.vault import store_seller_secret

router = APIRouter(prefix="/sellers/me/ai")
log = logging.getLogger("marketplace.seller_ai")


class ConnectKey(BaseModel):
    openai_key: str
    default_model: str = "gpt-4o-mini"


def _fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


@router.post("/connect")
def connect_key(body: ConnectKey, seller=Depends(current_seller)) -> dict:
    new_key = body.openai_key.strip()
    if not new_key.startswith("sk-"):
        raise HTTPException(status_code=422, detail=f"'{new_key}' is not an OpenAI key")
    try:
        OpenAI(api_key=new_key).models.list()
    except AuthenticationError as exc:
        log.info("seller %s key %s rejected: %s", seller.id, _fingerprint(new_key), exc.code)
        raise HTTPException(status_code=400, detail="OpenAI rejected this key") from exc
    store_seller_secret(seller.id, "openai_key", new_key)
    log.info("seller %s connected key ...%s model=%s", seller.id, new_key[-4:], body.default_model)
    return {"connected": True, "fingerprint": _fingerprint(new_key)}


@router.post("/generate")
def generate_listing(title: str, bullets: list[str], seller=Depends(current_seller)) -> dict:
    key = seller.secrets.get("openai_key")
    if not key:
        raise HTTPException(status_code=409, detail="Connect an OpenAI key first")
    client = OpenAI(api_key=key)
    out = client.chat.completions.create(
        model=seller.ai_model or "gpt-4o-mini",
        max_tokens=350,
        messages=[{"role": "user", "content": f"Listing copy for {title}: " + "; ".join(bullets)}],
    )
    log.info("seller %s listing generated, %d tokens, key=%s", seller.id, out.usage.total_tokens, key)
    return {"copy": out.choices[0].message.content}
