"""FastAPI token refresh endpoint for the chat frontend."""

import logging

import httpx
from fastapi import APIRouter, Form, HTTPException
from pydantic import BaseModel

from .config import settings

router = APIRouter(prefix="/auth")
logger = logging.getLogger("auth.refresh")


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int


async def _exchange(refresh_token: str) -> httpx.Response:
    async with httpx.AsyncClient(timeout=8.0) as client:
        return await client.post(
            settings.oidc_token_url,
            data={
                "grant_type": "refresh_token",
                "refresh_token": refresh_token,
                "client_id": settings.oidc_client_id,
                "client_secret": settings.oidc_client_secret,
            },
        )


@router.post("/refresh", response_model=TokenPair)
async def refresh(refresh_token: str = Form(...), client_id: str = Form(...)):
    if client_id != settings.oidc_client_id:
        raise HTTPException(status_code=400, detail=f"unknown client_id {client_id}")
    resp = await _exchange(refresh_token)
    if resp.status_code == 400:
        body = resp.json()
        raise HTTPException(status_code=401, detail=f"refresh rejected: {body.get('error')} ({body.get('error_description')})")
    if resp.status_code != 200:
        raise HTTPException(status_code=502, detail=f"could not refresh session with {refresh_token}")
    data = resp.json()
    logger.info("refreshed session for client %s, expires_in=%s", client_id, data["expires_in"])
    if "refresh_token" not in data:
        logger.warning("IdP did not rotate the refresh token %s", refresh_token)
    return TokenPair(
        access_token=data["access_token"],
        refresh_token=data.get("refresh_token", refresh_token),
        expires_in=data["expires_in"],
    )
