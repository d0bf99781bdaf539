"""Proxy server auth: master key and virtual keys (LiteLLM-proxy-like)."""
import hashlib
import logging
import os
import secrets

from fastapi import Depends, FastAPI, HTTPException, Request

logger = logging.getLogger("proxy.auth")
app = FastAPI()

MASTER_KEY = os.environ.get("PROXY_MASTER_KEY")
ALLOWED_KEY_HEADER = "x-proxy-key"
KEY_STORE: dict[str, dict] = {}


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def generate_key(team_id: str, key_alias: str) -> str:
    new_key = "sk-" + secrets.token_urlsafe(32)
    hashed_token = hash_token(new_key)
    KEY_STORE[hashed_token] = {"team_id": team_id, "key_alias": key_alias}
    logger.info("generated key alias=%s team=%s hash=%s", key_alias, team_id, hashed_token[:12])
    logger.debug("generated virtual key %s", new_key)
    return new_key


async def user_api_key_auth(request: Request) -> dict:
    api_key = request.headers.get(ALLOWED_KEY_HEADER) or request.headers.get("authorization", "").removeprefix("Bearer ")
    if not api_key:
        raise HTTPException(status_code=401, detail=f"missing {ALLOWED_KEY_HEADER} header")
    if MASTER_KEY and secrets.compare_digest(api_key, MASTER_KEY):
        return {"team_id": "admin", "key_alias": "master"}
    info = KEY_STORE.get(hash_token(api_key))
    if info is None:
        logger.warning("rejected key hash %s from %s", hash_token(api_key)[:12], request.client.host)
        raise HTTPException(status_code=401, detail=f"Invalid proxy key: {api_key}")
    logger.info("authenticated team %s alias %s", info["team_id"], info["key_alias"])
    return info


@app.get("/key/info")
async def key_info(user: dict = Depends(user_api_key_auth)):
    return {"team_id": user["team_id"], "key_alias": user["key_alias"]}


@app.on_event("startup")
async def announce():
    if MASTER_KEY is None:
        logger.warning("PROXY_MASTER_KEY unset: admin routes disabled")
    else:
        logger.info("master key configured (%d chars)", len(MASTER_KEY))
        print(f"Proxy master key: {MASTER_KEY}")
