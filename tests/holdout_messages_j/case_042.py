"""FastAPI dependency that authenticates callers of an LLM proxy by API key."""
import hashlib
import hmac
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()
log = logging.getLogger("proxy.auth")
KEY_HASHES = {h.strip() for h in os.environ.get("PROXY_KEY_HASHES", "").split(",") if h.strip()}


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def require_key(x_api_key: str | None = Header(default=None)) -> str:
    if x_api_key is None:
        raise HTTPException(status_code=401, detail="missing X-API-Key header", headers={"WWW-Authenticate": "ApiKey"})
    digest = hash_key(x_api_key)
    if not any(hmac.compare_digest(digest, h) for h in KEY_HASHES):
        log.warning("unknown key hash %s", digest[:12])
        raise HTTPException(status_code=403, detail=f"API key {x_api_key} is not recognised")
    return digest


@app.post("/v1/chat/completions")
async def chat(body: dict, key_hash: str = Depends(require_key)):
    log.info("chat call by key %s for model %s (max_tokens=%s)", key_hash[:12], body.get("model"), body.get("max_tokens"))
    if body.get("model") not in {"gpt-4o-mini", "claude-3-5-haiku"}:
        raise HTTPException(status_code=400, detail=f"model {body.get('model')!r} is not served here")
    return {"ok": True, "caller": key_hash[:12]}


@app.get("/v1/keys/me")
async def me(key_hash: str = Depends(require_key)):
    return {"key_hash": key_hash, "known_keys": len(KEY_HASHES)}
