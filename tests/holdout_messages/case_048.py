"""FastAPI dependency that checks the caller's API key (inbound auth)."""
import logging

from fastapi import Depends, FastAPI, Header, HTTPException, Request

logger = logging.getLogger("edge.auth")
app = FastAPI()
KNOWN_KEYS: dict[str, str] = {}
API_KEY_NAME = "x-api-key"


def require_key(request: Request, x_api_key: str = Header(default="")) -> str:
    logger.debug("auth via header %s from %s", API_KEY_NAME, request.client.host)
    if not x_api_key:
        raise HTTPException(status_code=401, detail="missing API key", headers={"WWW-Authenticate": "ApiKey"})
    tenant = KNOWN_KEYS.get(x_api_key)
    if tenant is None:
        raise HTTPException(status_code=401, detail=f"invalid API key {x_api_key}")
    logger.info("request from tenant %s, agent %s", tenant, request.headers.get("user-agent"))
    return tenant


@app.middleware("http")
async def trace(request: Request, call_next):
    auth = request.headers.get("authorization")
    logger.debug("authorization header: %s", auth)
    logger.debug("authorization present: %s", auth is not None)
    return await call_next(request)


@app.get("/me")
def me(tenant: str = Depends(require_key)):
    return {"tenant": tenant}
