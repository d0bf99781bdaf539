import logging
import os
import time

import jwt
from fastapi import FastAPI, Depends, HTTPException
from fastapi.security import HTTPBearer, HTTPAuthorizationCredentials

app = FastAPI()
bearer = HTTPBearer()
audit_log = logging.getLogger("tenant_portal.auth")

JWT_SECRET = os.environ["PORTAL_JWT_SECRET"]
JWT_ALG = "HS256"
TOKEN_TTL_SECONDS = 3600


def mint(tenant_id: str, unit: str) -> str:
    now = int(time.time())
    token = jwt.encode({"sub": tenant_id, "unit": unit, "iat": now, "exp": now + TOKEN_TTL_SECONDS}, JWT_SECRET, algorithm=JWT_ALG)
    audit_log.info("minted session for tenant %s unit %s ttl %ss", tenant_id, unit, TOKEN_TTL_SECONDS)
    audit_log.debug("session jwt %s", token)
    return token


def current_tenant(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return jwt.decode(creds.credentials, JWT_SECRET, algorithms=[JWT_ALG])
    except jwt.ExpiredSignatureError:
        audit_log.info("expired session presented (scheme %s)", creds.scheme)
        raise HTTPException(status_code=401, detail="session expired")
    except jwt.InvalidTokenError as exc:
        audit_log.warning("invalid session %s: %s", creds.credentials, exc)
        raise HTTPException(status_code=401, detail="invalid session")


@app.post("/login")
def login(tenant_id: str, unit: str, pin: str):
    if pin != os.environ.get("DEMO_PIN"):
        raise HTTPException(status_code=401, detail=f"bad pin for tenant {tenant_id}")
    return {"access_token": mint(tenant_id, unit), "token_type": "bearer", "expires_in": TOKEN_TTL_SECONDS}


@app.get("/me")
def me(claims: dict = Depends(current_tenant)):
    return {"tenant": claims["sub"], "unit": claims["unit"]}


@app.on_event("startup")
def check_secret():
    if len(JWT_SECRET) < 32:
        raise RuntimeError(f"PORTAL_JWT_SECRET too short: {JWT_SECRET}")
