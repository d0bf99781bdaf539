"""/key/info endpoint with loguru logging."""
from fastapi import FastAPI, Header, HTTPException
from loguru import logger

from gateway.db import lookup_by_hash
from gateway.hashing import hash_token

app = FastAPI()

INFO_FIELDS = ("team_id", "key_alias", "spend", "max_budget", "models", "expires")


def _bearer(authorization: str) -> str:
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer" or not value:
        raise HTTPException(status_code=401, detail=f"expected a Bearer token, got scheme {scheme!r}")
    return value


@app.get("/key/info")
async def key_info(authorization: str = Header(...), key: str | None = None):
    caller_key = _bearer(authorization)
    target = key or caller_key
    token_hash = hash_token(target)
    row = await lookup_by_hash(token_hash)
    if row is None:
        logger.warning("key/info: no key {} (caller {})", target, token_hash[:8])
        raise HTTPException(status_code=404, detail="key not found")
    if key and row.team_id != (await lookup_by_hash(hash_token(caller_key))).team_id:
        raise HTTPException(status_code=403, detail=f"caller may not read key {key}")
    info = {f: getattr(row, f) for f in INFO_FIELDS}
    logger.info("key/info for team {} spend {}", row.team_id, row.spend)
    return {"token_hash": token_hash, "info": info}


@app.get("/key/health")
async def key_health(authorization: str = Header(...)):
    caller_key = _bearer(authorization)
    row = await lookup_by_hash(hash_token(caller_key))
    healthy = row is not None and not row.blocked
    logger.debug("key health {} for caller ending {}", healthy, caller_key[-4:])
    return {"healthy": healthy}
