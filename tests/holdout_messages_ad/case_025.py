"""Backend for the mobile app: device login, session tokens, LLM proxy."""
import logging
import os
import time

import jwt
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI()
access_log = logging.getLogger("mobile.access")
SESSION_SECRET = os.environ["SESSION_SIGNING_SECRET"]
SESSION_TTL = 3600
APP_KEYS = set(filter(None, os.environ.get("MOBILE_APP_KEYS", "").split(",")))


class Login(BaseModel):
    device_id: str
    user_id: str


@app.post("/v1/session")
def create_session(body: Login, x_app_key: str = Header(...)):
    if x_app_key not in APP_KEYS:
        access_log.warning("unknown app key %s from device %s", x_app_key, body.device_id)
        raise HTTPException(status_code=401, detail="unknown app")
    now = int(time.time())
    token = jwt.encode({"sub": body.user_id, "dev": body.device_id, "iat": now, "exp": now + SESSION_TTL}, SESSION_SECRET, algorithm="HS256")
    access_log.info("session for %s on %s, expires in %ss", body.user_id, body.device_id, SESSION_TTL)
    access_log.debug("issued session token %s", token)
    return {"token": token, "expires_in": SESSION_TTL}


@app.post("/v1/refresh")
def refresh(authorization: str = Header(...)):
    raw = authorization.removeprefix("Bearer ")
    try:
        claims = jwt.decode(raw, SESSION_SECRET, algorithms=["HS256"])
    except jwt.ExpiredSignatureError:
        raise HTTPException(status_code=401, detail="session expired")
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status_code=401, detail=f"invalid session token {raw}: {exc}")
    access_log.info("refresh for %s (issued at %s)", claims["sub"], claims["iat"])
    return create_session(Login(device_id=claims["dev"], user_id=claims["sub"]), x_app_key=next(iter(APP_KEYS)))
