"""Internal API key check for the eval gateway (FastAPI dependency)."""
import logging
import secrets

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader

from .config import settings

log = logging.getLogger("gateway.auth")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
app = FastAPI()


def require_key(api_key: str = Security(api_key_header)) -> str:
    if api_key is None:
        raise HTTPException(status_code=401, detail=f"missing X-API-Key header (got {api_key})")
    if not secrets.compare_digest(api_key, settings.gateway_api_key):
        log.warning("bad gateway key attempt, length %d", len(api_key))
        raise HTTPException(status_code=403, detail=f"invalid API key {api_key}")
    return api_key


@app.get("/whoami")
def whoami(api_key: str = Depends(require_key)):
    key_id = settings.key_ids.get(api_key, "unknown")
    log.info("whoami for key id %s", key_id)
    return {"key_id": key_id}


@app.post("/rotate")
def rotate(api_key: str = Depends(require_key)):
    new_key = "gw_" + secrets.token_urlsafe(32)
    settings.store_key(new_key)
    log.info("rotated gateway key; new key %s", new_key)
    return {"key": new_key}
